import type { NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/auth/session';
import { getEvidenceDownload } from '@/lib/data/evidence';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { contentDisposition } from '@/lib/reports/file-name';
import { evidenceTranslator } from '@/lib/validation/evidence-messages';
import { parseId } from '@/lib/validation/ids';

export const dynamic = 'force-dynamic';

const error = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });

/** GET /api/evidence/{id}: the file as uploaded; 404 alike for a missing file and another unit's (for its managers). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const t = evidenceTranslator(toLocale(request.cookies.get(LOCALE_COOKIE)?.value));
  const user = await getCurrentUser();
  if (!user) return error(401, t('unauthenticated'));
  const id = parseId((await params).id);
  const file = id === null ? null : await getEvidenceDownload(user, id);
  if (!file) return error(404, t('notFound'));
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
}
