import { getEvidenceDownload } from '@/lib/data/evidence';
import { AppError } from '@/lib/errors';
import { requireUser, routeHandler } from '@/lib/http/route-handler';
import { contentDisposition } from '@/lib/reports/file-name';
import { parseId } from '@/lib/validation/ids';

export const dynamic = 'force-dynamic';

/** GET /api/evidence/{id}: the file as uploaded; 404 alike for a missing file and another unit's (for its managers). */
export const GET = routeHandler<{ id: string }>(async (_request, params) => {
  const user = await requireUser();
  const id = parseId(params.id);
  const file = id === null ? null : await getEvidenceDownload(user, id);
  if (!file) throw new AppError('NOT_FOUND', 'evidence.errors.notFound');
  return new Response(new Uint8Array(file.content), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Disposition': contentDisposition(
        file.fileName,
        `evidence-${id}${file.fileName.match(/\.[a-z0-9]+$/i)?.[0] ?? ''}`,
      ),
      'Content-Length': String(file.content.byteLength),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
});
