import { revalidatePath } from 'next/cache';
import { importFileAction } from '@/lib/actions/import';
import { MAX_IMPORT_BYTES } from '@/lib/data/import';
import { AppError } from '@/lib/errors';
import { noStoreJson, routeHandler } from '@/lib/http/route-handler';
import { CONFIRM_IMPLAUSIBLE } from '@/lib/validation/month-figures';

export const dynamic = 'force-dynamic';

/**
 * POST /api/import (multipart, field `file`; `confirmImplausible=on` keeps figures beyond their plausible range) →
 * { ok: true, data: summary } | { ok: false, message, fieldErrors: { line: [reason], confirmImplausible?: [how] } }
 */
export const POST = routeHandler(async (request) => {
  const tooLarge = () => new AppError('TOO_LARGE', 'import.errors.fileTooLarge', { max: '2 MB' });
  // multipart overhead aside, a body far over the limit is refused before it is read
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) throw tooLarge();
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) throw new AppError('INVALID', 'import.errors.fileMissing');
  if (file.size === 0) throw new AppError('INVALID', 'import.errors.fileEmpty');
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
  const result = await importFileAction({
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    confirmImplausible: form?.get(CONFIRM_IMPLAUSIBLE) === 'on',
  });
  if (result.ok && result.data.changed > 0) {
    revalidatePath('/entry', 'layout');
    revalidatePath('/progress');
  }
  return noStoreJson(result, result.ok ? 200 : 422);
});
