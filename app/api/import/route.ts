import { revalidatePath } from 'next/cache';
import type { NextRequest } from 'next/server';
import { importFileAction } from '@/lib/actions/import';
import { MAX_IMPORT_BYTES } from '@/lib/data/import';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { importTranslator } from '@/lib/import/messages';

export const dynamic = 'force-dynamic';

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * POST /api/import (multipart, field `file`) → { ok: true, data: summary } | { ok: false, message, fieldErrors: { line:
 * [reason] } }
 */
export async function POST(request: NextRequest) {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const t = importTranslator(locale);
  const refuse = (message: string, status = 400) => json({ ok: false, message, fieldErrors: {} }, status);
  // multipart overhead aside, a body far over the limit is refused before it is read
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + 64 * 1024)
    return refuse(t.error('fileTooLarge', { max: '2 MB' }), 413);
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0)
    return refuse(t.error(file instanceof File ? 'fileEmpty' : 'fileMissing'));
  if (file.size > MAX_IMPORT_BYTES) return refuse(t.error('fileTooLarge', { max: '2 MB' }), 413);
  const result = await importFileAction(
    { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    locale,
  );
  if (result.ok && result.data.changed > 0) {
    revalidatePath('/entry', 'layout');
    revalidatePath('/progress');
  }
  return json(result, result.ok ? 200 : 422);
}
