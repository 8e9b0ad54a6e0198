import type { NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { streamAuditLog } from '@/lib/reports/audit-log-export';
import { apiMessage } from '@/lib/reports/messages';
import { auditFilterSchema } from '@/lib/validation/admin-audit';

export const dynamic = 'force-dynamic';

const error = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });

/** GET /api/audit/export?format=csv|xlsx&userId=&action=&entity=&unitId=&from=&to= : the filtered audit log. */
export async function GET(request: NextRequest) {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const user = await getCurrentUser();
  if (!user) return error(401, apiMessage(locale, 'unauthenticated'));
  if (!can(user, 'audit.view')) return error(403, apiMessage(locale, 'forbidden'));
  const query = Object.fromEntries(request.nextUrl.searchParams);
  const format = query.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx')
    return error(400, apiMessage(locale, 'invalid', { details: apiMessage(locale, 'auditFormat') }));
  const file = streamAuditLog(user, auditFilterSchema.parse(query), format, { locale, now: new Date() });
  return new Response(file.stream, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': file.contentDisposition,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
