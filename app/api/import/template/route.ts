import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { getImportTemplate } from '@/lib/data/import';
import { isAppError } from '@/lib/errors';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { contentDisposition } from '@/lib/reports/file-name';
import { validationTranslator } from '@/lib/validation/messages';

export const dynamic = 'force-dynamic';

const STATUS = { INVALID: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 } as const;
const error = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { 'Cache-Control': 'no-store' } });

const query = z.object({
  unit: z.string().trim().min(1).max(32),
  year: z.coerce.number().int().min(2000).max(2100),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/** GET /api/import/template?unit=&year=&format=xlsx|csv — the import template, pre-filled with what is stored. */
export async function GET(request: NextRequest) {
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const t = validationTranslator(locale);
  const user = await getCurrentUser();
  if (!user) return error(401, t('forbidden'));
  if (!can(user, 'actuals.import')) return error(403, t('forbidden'));
  const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return error(400, t('formInvalid'));
  try {
    const file = await getImportTemplate(
      user,
      { unitCode: parsed.data.unit, year: parsed.data.year },
      parsed.data.format,
      locale,
    );
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': contentDisposition(file.fileName, file.asciiFileName),
        'Content-Length': String(file.body.byteLength),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (e) {
    if (isAppError(e)) return error(STATUS[e.code], e.message);
    console.error('[import] template failed', e);
    return error(500, t('forbidden'));
  }
}
