import { z } from 'zod';
import { dbId } from './ids';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)));
const id = z.coerce.number().pipe(dbId);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const lenient = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (first(v) === '' ? undefined : first(v)), schema.optional()).catch(undefined);

/** The audit log's filters, from the page's query string; a value that does not parse is ignored. */
export const auditFilterSchema = z.object({
  userId: lenient(id),
  action: lenient(z.string().max(50)),
  entity: lenient(z.string().max(50)),
  unitId: lenient(id),
  from: lenient(date),
  to: lenient(date),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

/** A day in Asia/Shanghai (UTC+8, no daylight saving) → the instant it starts. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}
