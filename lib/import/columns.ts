// The import file's columns: one header per field, in Chinese (the template's) or English, in any order.
export const IMPORT_FIELDS = [
  'unitCode',
  'year',
  'month',
  'indicatorCode',
  'indicatorName',
  ...MONTH_ROW_FIELDS,
] as const;
import { CAUSES, type Cause, LIKELIHOODS, type Likelihood, RATINGS, type Rating } from '@/lib/domain/types';
import zhDomain from '@/lib/i18n/messages/zh-CN/domain.json';
import enDomain from '@/lib/i18n/messages/en/domain.json';
import { MONTH_ROW_FIELDS } from '@/lib/validation/month-figures';
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The template's headers, in column order. */
export const CHINESE_HEADERS: Record<ImportField, string> = {
  unitCode: '单位编码',
  year: '年度',
  month: '月份',
  indicatorCode: '指标编码',
  indicatorName: '指标名称',
  value: '数值',
  numerator: '分子',
  denominator: '分母',
  rating: '评级',
  note: '备注',
  causes: '偏差原因',
  analysis: '偏差原因分析',
  measures: '改进措施',
  likelihood: '完成目标可能性',
};

/** Without these a row means nothing; the figure columns may be left out. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['unitCode', 'year', 'month', 'indicatorCode'];

/** The spending rows' indicator code: 数值 = 本月实际支出 (元), 分母 = 本月计划支出 (元), 分子 and 评级 empty. */
export const BUDGET_CODE = 'BUDGET';
export const BUDGET_NAME = '本月支出';

// "Unit code", "unit_code", "UNITCODE" → "unitcode"; "数值（件）", "分子(接通量)" → "数值", "分子"
const headerKey = (raw: string): string =>
  raw
    .replace(/^\uFEFF/, '')
    .replace(/[（(][^）)]*[）)]\s*$/, '')
    .replace(/[\s_\-\u3000]/g, '')
    .toLowerCase();

const LOOKUP = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((f) => [
    [headerKey(CHINESE_HEADERS[f]), f],
    [headerKey(f), f],
  ]),
);

export type HeaderMap =
  | { ok: true; columns: Partial<Record<ImportField, number>> }
  | { ok: false; missing: ImportField[]; duplicate: string | null };

/** Which cell index holds each field; unknown headers are ignored (a column of remarks does no harm). */
export function mapHeaders(cells: readonly string[]): HeaderMap {
  const columns: Partial<Record<ImportField, number>> = {};
  for (const [index, cell] of cells.entries()) {
    const field = LOOKUP.get(headerKey(cell ?? ''));
    if (!field) continue;
    if (columns[field] !== undefined) return { ok: false, missing: [], duplicate: cell.trim() };
    columns[field] = index;
  }
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  return missing.length > 0 ? { ok: false, missing, duplicate: null } : { ok: true, columns };
}

export type RawRow = { line: number; cells: string[] };
export type ImportRecord = { line: number } & Record<ImportField, string>;

/** Rows as records by field (missing columns read as empty); wholly empty rows are dropped. */
export function toRecords(rows: readonly RawRow[], columns: Partial<Record<ImportField, number>>): ImportRecord[] {
  return rows
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => {
      const record = { line: r.line } as ImportRecord;
      for (const f of IMPORT_FIELDS) {
        const i = columns[f];
        record[f] = i === undefined ? '' : (r.cells[i] ?? '').trim();
      }
      return record;
    });
}

export const RATING_LABELS: Record<Rating, string> = { ACHIEVED: '达成', PARTIAL: '部分达成', NOT_ACHIEVED: '未达成' };

const RATING_LOOKUP = new Map<string, Rating>([
  ...RATINGS.map((r) => [RATING_LABELS[r], r] as const),
  ...RATINGS.map((r) => [r.toLowerCase().replace(/_/g, ''), r] as const),
  ['achieved', 'ACHIEVED'],
  ['partlyachieved', 'PARTIAL'],
  ['partiallyachieved', 'PARTIAL'],
  ['notachieved', 'NOT_ACHIEVED'],
]);

/** 达成 / 部分达成 / 未达成, or the English words or codes; null when not a rating. */
export const parseRating = (raw: string): Rating | null =>
  RATING_LOOKUP.get(raw.replace(/[\s_\-\u3000]/g, '').toLowerCase()) ?? null;

// the deviation record's lists, as the template writes them (Chinese labels) or as codes and English labels
const words = (raw: string) => raw.replace(/[\s_\-\u3000]/g, '').toLowerCase();
const lookup = <K extends string>(keys: readonly K[], zh: Record<K, string>, en: Record<K, string>) =>
  new Map<string, K>(
    keys.flatMap((k) => [[words(zh[k]), k] as const, [words(en[k]), k] as const, [words(k), k] as const]),
  );
const CAUSE_LOOKUP = lookup(CAUSES, zhDomain.cause, enDomain.cause);
const LIKELIHOOD_LOOKUP = lookup(LIKELIHOODS, zhDomain.likelihood, enDomain.likelihood);

/** The template's 偏差原因 cell: the causes' labels joined by 、 */
export const causesText = (causes: readonly Cause[]) => causes.map((c) => zhDomain.cause[c]).join('、');
export const likelihoodText = (likelihood: Likelihood | null) => (likelihood ? zhDomain.likelihood[likelihood] : '');

/** "人员保障、其他" (or commas, semicolons, codes, English): the causes, and the parts that are not one. */
export function parseCauses(raw: string): { causes: Cause[]; unknown: string[] } {
  const parts = raw
    .split(/[、,，;；/]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const causes = parts.flatMap((p) => (CAUSE_LOOKUP.has(words(p)) ? [CAUSE_LOOKUP.get(words(p))!] : []));
  return {
    causes: CAUSES.filter((c) => causes.includes(c)),
    unknown: parts.filter((p) => !CAUSE_LOOKUP.has(words(p))),
  };
}

/** 确定能 / 有可能 / 完全不可能, or the English words or codes; null when not one. */
export const parseLikelihood = (raw: string): Likelihood | null => LIKELIHOOD_LOOKUP.get(words(raw)) ?? null;
