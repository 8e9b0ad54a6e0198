import { z } from 'zod';
import { type Message, message } from '@/lib/errors';
import { REPORT_KINDS, type ReportKind } from './model';

export const EXPORT_KINDS = [...REPORT_KINDS, 'all'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export const isExportKind = (value: string): value is ExportKind => (EXPORT_KINDS as readonly string[]).includes(value);

const UNIT_CODE = /^[0-9A-Za-z_-]{1,32}$/;
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const reportQuerySchema = z.object({
  unit: z
    .string()
    .trim()
    .refine((v) => v === 'all' || (v.length > 0 && v.split(',').every((code) => UNIT_CODE.test(code.trim()))))
    .transform((v): string[] | 'all' => (v === 'all' ? 'all' : [...new Set(v.split(',').map((code) => code.trim()))])),
  year: z.preprocess(emptyToUndefined, z.coerce.number().int().min(2000).max(2100)),
  month: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(12).optional()),
  format: z.preprocess(emptyToUndefined, z.enum(FORMATS).default('xlsx')),
  approvedOnly: z
    .preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true'))
    .transform((v) => v === 'true'),
});

export type ReportParams = {
  kind: ExportKind;
  units: string[] | 'all';
  year: number;
  month: number | null;
  format: ReportFormat;
  approvedOnly: boolean;
};

export type ParseResult = { ok: true; params: ReportParams } | { ok: false; message: Message; fields: string[] };

const QUERY_FIELDS = ['unit', 'year', 'month', 'format', 'approvedOnly'] as const;

type Query = URLSearchParams | Record<string, string | string[] | undefined>;

const readQuery = (query: Query): Record<string, string | undefined> => {
  if (query instanceof URLSearchParams)
    return Object.fromEntries([...query.keys()].map((k) => [k, query.getAll(k).join(',')]));
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
};

/** The download addresses' query (unit, year, month, format, approvedOnly), with one message naming every bad field. */
export function parseReportQuery(kind: ExportKind, query: Query): ParseResult {
  const result = reportQuerySchema.safeParse(readQuery(query));
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? 'unit')))];
    const known = QUERY_FIELDS.filter((f) => fields.includes(f));
    const details = known.map((f) => message(`reports.api.${f}`));
    return { ok: false, fields, message: message('reports.api.invalid', { details }) };
  }
  const { unit, year, month, format, approvedOnly } = result.data;
  if (kind === 'all' && format === 'csv')
    return {
      ok: false,
      fields: ['format'],
      message: message('reports.api.invalid', { details: [message('reports.api.allFormat')] }),
    };
  return { ok: true, params: { kind, units: unit, year, month: month ?? null, format, approvedOnly } };
}

export const reportKindsOf = (kind: ExportKind): ReportKind[] => (kind === 'all' ? [...REPORT_KINDS] : [kind]);

/** The query string of a download address or the print page. */
export function reportQueryString(params: Omit<ReportParams, 'kind'>): string {
  const search = new URLSearchParams({
    unit: params.units === 'all' ? 'all' : params.units.join(','),
    year: String(params.year),
    ...(params.month ? { month: String(params.month) } : {}),
    format: params.format,
    approvedOnly: String(params.approvedOnly),
  });
  return search.toString();
}

export const MAX_YEARS = 20;

/**
 * The optional first year of a several-year download (?fromYear=): only for the 月度明细 as XLSX without an as-of
 * month, not after the year, at most MAX_YEARS years; null when absent.
 */
export function parseFromYear(
  kind: ExportKind,
  query: URLSearchParams,
  params: ReportParams,
): { ok: true; fromYear: number | null } | { ok: false; message: Message } {
  const raw = query.get('fromYear')?.trim();
  if (!raw) return { ok: true, fromYear: null };
  const fromYear = Number(raw);
  const fits =
    /^\d{4}$/.test(raw) &&
    kind === 'monthly' &&
    params.format === 'xlsx' &&
    params.month === null &&
    fromYear <= params.year &&
    params.year - fromYear < MAX_YEARS;
  if (!fits)
    return {
      ok: false,
      message: message('reports.api.invalid', { details: [message('reports.api.fromYear', { max: MAX_YEARS })] }),
    };
  return { ok: true, fromYear };
}
