import type { NextRequest } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { apiMessage } from '@/lib/reports/messages';
import { parseReportQuery } from '@/lib/reports/params';
import { exportSelfEvaluationReport } from '@/lib/reports/self-evaluation-report';

export const dynamic = 'force-dynamic';

const STATUS = { INVALID: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 } as const;
const error = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });

/** GET /api/reports/self-evaluation-report?unit=&year=&month=&format=docx&approvedOnly= : the 绩效自评报告 in Word. */
export async function GET(request: NextRequest) {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const user = await getCurrentUser();
  if (!user) return error(401, apiMessage(locale, 'unauthenticated'));
  if (!can(user, 'reports.export')) return error(403, apiMessage(locale, 'forbidden'));
  const search = new URLSearchParams(request.nextUrl.searchParams);
  const format = search.get('format') ?? 'docx';
  if (format !== 'docx')
    return error(400, apiMessage(locale, 'invalid', { details: apiMessage(locale, 'docxFormat') }));
  search.delete('format');
  const parsed = parseReportQuery('self-evaluation', search, locale);
  if (!parsed.ok) return error(400, parsed.message);
  try {
    const { units, year, month, approvedOnly } = parsed.params;
    const file = await exportSelfEvaluationReport(user, { units, year, month, approvedOnly }, { locale });
    return new Response(new Uint8Array(file.body), {
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
    console.error('[reports] self-evaluation report failed', e);
    return error(500, apiMessage(locale, 'failed'));
  }
}
