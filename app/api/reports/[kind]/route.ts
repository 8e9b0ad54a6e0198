import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { requireUser, routeHandler } from '@/lib/http/route-handler';
import { exportReport } from '@/lib/reports/export';
import { streamMonthlyXlsx } from '@/lib/reports/monthly-stream';
import { isExportKind, parseFromYear, parseReportQuery } from '@/lib/reports/params';

export const dynamic = 'force-dynamic';

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

const DOWNLOAD_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/**
 * GET /api/reports/{monitoring|self-evaluation|monthly|all}?unit=&year=&month=&format=&approvedOnly=, and
 * /api/reports/monthly?unit=&fromYear=&year=&format=xlsx: several years' monthly detail, streamed.
 */
export const GET = routeHandler<{ kind: string }>(async (request, { kind }) => {
  if (!isExportKind(kind)) throw new AppError('NOT_FOUND', 'reports.api.notFound');
  const user = await requireUser();
  if (!can(user, 'reports.export')) throw new AppError('FORBIDDEN', 'reports.api.forbidden');
  const parsed = parseReportQuery(kind, request.nextUrl.searchParams);
  if (!parsed.ok) throw new AppError('INVALID', parsed.message.key, parsed.message.params);
  const range = parseFromYear(kind, request.nextUrl.searchParams, parsed.params);
  if (!range.ok) throw new AppError('INVALID', range.message.key, range.message.params);
  if (range.fromYear !== null) {
    const streamed = await streamMonthlyXlsx(user, parsed.params, range.fromYear);
    return new Response(streamed.stream, {
      headers: {
        'Content-Type': streamed.contentType,
        'Content-Disposition': streamed.contentDisposition,
        ...DOWNLOAD_HEADERS,
      },
    });
  }
  const file = await exportReport(user, parsed.params);
  return new Response(streamOf(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': file.contentDisposition,
      'Content-Length': String(file.body.byteLength),
      ...DOWNLOAD_HEADERS,
    },
  });
});
