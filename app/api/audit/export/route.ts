import { can } from '@/lib/auth/permissions';
import { clock } from '@/lib/clock';
import { AppError, message } from '@/lib/errors';
import { localeOf, requireUser, routeHandler } from '@/lib/http/route-handler';
import { streamAuditLog } from '@/lib/reports/audit-log-export';
import { auditFilterSchema } from '@/lib/validation/admin-audit';

export const dynamic = 'force-dynamic';

/** GET /api/audit/export?format=csv|xlsx&userId=&action=&entity=&unitId=&from=&to= : the filtered audit log. */
export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  if (!can(user, 'audit.view')) throw new AppError('FORBIDDEN', 'common.errors.forbidden');
  const query = Object.fromEntries(request.nextUrl.searchParams);
  const format = query.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx')
    throw new AppError('INVALID', 'reports.api.invalid', { details: [message('reports.api.auditFormat')] });
  const file = streamAuditLog(user, auditFilterSchema.parse(query), format, {
    locale: localeOf(request),
    now: clock.now(),
  });
  return new Response(file.stream, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': file.contentDisposition,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
