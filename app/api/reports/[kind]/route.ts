import type { NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { exportReport } from '@/lib/reports/export';
import { apiMessage } from '@/lib/reports/messages';
import { streamMonthlyXlsx } from '@/lib/reports/monthly-stream';
import { isExportKind, parseFromYear, parseReportQuery } from '@/lib/reports/params';

export const dynamic = 'force-dynamic';

const STATUS = { INVALID: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 } as const;
const error = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });

const CHUNK = 64 * 1024;

/** The file as a stream of 64 KB chunks. */
function streamOf(bytes: Buffer): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + CHUNK)));
      offset += CHUNK;
    },
  });
}

/**
 * GET /api/reports/{monitoring|self-evaluation|monthly|all}?unit=&year=&month=&format=&approvedOnly=, and
 * /api/reports/monthly?unit=&fromYear=&year=&format=xlsx: several years' monthly detail, streamed.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const { kind } = await params;
  if (!isExportKind(kind)) return error(404, apiMessage(locale, 'notFound'));
  const user = await getCurrentUser();
  if (!user) return error(401, apiMessage(locale, 'unauthenticated'));
  if (!can(user, 'reports.export')) return error(403, apiMessage(locale, 'forbidden'));
  const parsed = parseReportQuery(kind, request.nextUrl.searchParams, locale);
  if (!parsed.ok) return error(400, parsed.message);
  const range = parseFromYear(kind, request.nextUrl.searchParams, parsed.params, locale);
  if (!range.ok) return error(400, range.message);
  try {
    if (range.fromYear !== null) {
      const streamed = await streamMonthlyXlsx(user, parsed.params, range.fromYear, { locale });
      return new Response(streamed.stream, {
        headers: {
          'Content-Type': streamed.contentType,
          'Content-Disposition': streamed.contentDisposition,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    }
    const file = await exportReport(user, parsed.params, { locale });
    return new Response(streamOf(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': file.contentDisposition,
        'Content-Length': String(file.body.byteLength),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (e) {
    if (isAppError(e)) return error(STATUS[e.code], e.message);
    console.error('[reports] export failed', e);
    return error(500, apiMessage(locale, 'failed'));
  }
}
