import { can } from '@/lib/auth/permissions';
import { AppError, message } from '@/lib/errors';
import { requireUser, routeHandler } from '@/lib/http/route-handler';
import { parseReportQuery } from '@/lib/reports/params';
import { exportSelfEvaluationReport } from '@/lib/reports/self-evaluation-report';

export const dynamic = 'force-dynamic';

/** GET /api/reports/self-evaluation-report?unit=&year=&month=&format=docx&approvedOnly= : the 绩效自评报告 in Word. */
export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  if (!can(user, 'reports.export')) throw new AppError('FORBIDDEN', 'reports.api.forbidden');
  const search = new URLSearchParams(request.nextUrl.searchParams);
  const format = search.get('format') ?? 'docx';
  if (format !== 'docx')
    throw new AppError('INVALID', 'reports.api.invalid', { details: [message('reports.api.docxFormat')] });
  search.delete('format');
  const parsed = parseReportQuery('self-evaluation', search);
  if (!parsed.ok) throw new AppError('INVALID', parsed.message.key, parsed.message.params);
  const { units, year, month, approvedOnly } = parsed.params;
  const file = await exportSelfEvaluationReport(user, { units, year, month, approvedOnly });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': file.contentDisposition,
      'Content-Length': String(file.body.byteLength),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
