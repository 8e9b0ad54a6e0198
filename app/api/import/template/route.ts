import { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { getImportTemplate } from '@/lib/data/import';
import { AppError } from '@/lib/errors';
import { requireUser, routeHandler } from '@/lib/http/route-handler';
import { contentDisposition } from '@/lib/reports/file-name';
import { fieldErrorsOf, parseInput } from '@/lib/validation/issues';

export const dynamic = 'force-dynamic';

const query = z.object({
  unit: z.string().trim().min(1).max(32),
  year: z.coerce.number().int().min(2000).max(2100),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/** GET /api/import/template?unit=&year=&format=xlsx|csv — the import template, pre-filled with what is stored. */
export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  if (!can(user, 'actuals.import')) throw new AppError('FORBIDDEN', 'common.errors.forbidden');
  const parsed = parseInput(query, Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) throw new AppError('INVALID', 'common.errors.badRequest', {}, fieldErrorsOf(parsed.error));
  const { unit, year, format } = parsed.data;
  const file = await getImportTemplate(user, { unitCode: unit, year }, format);
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.fileName, file.asciiFileName),
      'Content-Length': String(file.body.byteLength),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
