import { isAuditField } from '@/lib/audit-vocabulary';
import { formatInstant, formatDecimalText, type FormatLocale } from '@/lib/format';

/** A translator over every message (next-intl's root translator, or createTranslator's in a test). */
export type AuditTranslator = ((key: string) => string) & { has: (key: string) => boolean };

/** Names the page has at hand for ids recorded in an event (every user and unit, read once for the filters). */
export type AuditNames = { users: ReadonlyMap<number, string>; units: ReadonlyMap<number, string> };

/** How the audit log reads a recorded field: its label, and each value as text in the reader's language. */
export type AuditReader = {
  field: (code: string) => string;
  value: (field: string, value: unknown) => string;
  /** a figure, kept on one line (never broken between its digits) */
  isFigure: (field: string, value: unknown) => boolean;
  /** items as a list in the reader's language (「甲、乙」, "a, b") */
  list: (items: string[]) => string;
};

// coded values, labelled from these message groups
const CODE_LABELS: Record<string, string> = {
  state: 'domain.monthState',
  role: 'domain.role',
  kind: 'domain.kind',
  comparator: 'domain.comparator',
  rating: 'domain.rating',
  likelihood: 'domain.likelihood',
  causes: 'domain.cause',
  status: 'admin.plans',
  source: 'admin.audit.actions',
  action: 'admin.audit.actions',
  entity: 'admin.audit.entities',
  shareMode: 'admin.audit.values.shareMode',
  locale: 'admin.audit.values.locale',
};
// the keys of a nested record that are codes of their own (notification kinds, then their channels)
const KEY_LABELS: Record<string, string[]> = { channels: ['notifications.kinds', 'notifications.channels'] };

// amounts and counts: shown as typed, with thousands separators (ids, years, months and codes are not)
const FIGURES = new Set([
  'value',
  'numerator',
  'denominator',
  'spent',
  'planned',
  'target',
  'weight',
  'evaluatorScore',
  'size',
  'bytes',
  'rows',
  'changed',
  'unchanged',
  'empty',
  'basicExpense',
  'projectExpense',
  'budgetTotal',
  'budgetWeight',
  'indicatorWeights',
  'monthlyPlan',
  'failedLogins',
]);

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const CODE = /^[A-Za-z][A-Za-z0-9_-]*$/;

// the punctuation of each language: a label and its value, items of a list, entries on one line, a name's id
const PUNCTUATION = {
  'zh-CN': { label: '：', list: '、', entries: '，', id: (name: string, id: number) => `${name}（#${id}）` },
  en: { label: ': ', list: ', ', entries: '; ', id: (name: string, id: number) => `${name} (#${id})` },
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

export function auditReader(t: AuditTranslator, locale: FormatLocale, names: AuditNames): AuditReader {
  const p = PUNCTUATION[locale];
  const labelOr = (key: string, fallback: string) => (t.has(key) ? t(key) : fallback);
  const field = (code: string) => (isAuditField(code) ? t(`admin.audit.fields.${code}`) : code);
  const keyOf = (parent: string, key: string) =>
    (KEY_LABELS[parent] ?? []).map((group) => `${group}.${key}`).find((k) => CODE.test(key) && t.has(k)) ?? null;

  const isFigure = (name: string, value: unknown) =>
    FIGURES.has(name) && (typeof value === 'number' || (typeof value === 'string' && DECIMAL.test(value)));

  const scalar = (name: string, value: string | number | boolean): string => {
    if (typeof value === 'boolean') return t(value ? 'admin.audit.values.yes' : 'admin.audit.values.no');
    const text = String(value);
    if (isFigure(name, value)) return formatDecimalText(text, locale);
    if ((name === 'unitId' || name === 'userId') && typeof value === 'number') {
      const known = (name === 'unitId' ? names.units : names.users).get(value);
      return known ? p.id(known, value) : `#${value}`;
    }
    if (typeof value === 'string' && INSTANT.test(value)) return formatInstant(value, locale);
    const group = CODE_LABELS[name];
    if (group && CODE.test(text)) return labelOr(`${group}.${text}`, text);
    return text;
  };

  // a record inside a field (a deviation record, an export's filter) one entry a line; one level further in a line
  const value = (name: string, raw: unknown, depth = 0): string => {
    if (raw === undefined) return '';
    if (raw === null || raw === '') return '—';
    if (Array.isArray(raw)) return raw.length === 0 ? '—' : raw.map((item) => value(name, item, depth)).join(p.list);
    if (isRecord(raw))
      return Object.entries(raw)
        .map(([key, inner]) => {
          const label = keyOf(name, key);
          return `${label ? t(label) : field(key)}${p.label}${value(label ? name : key, inner, depth + 1)}`;
        })
        .join(depth === 0 ? '\n' : p.entries);
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return scalar(name, raw);
    return JSON.stringify(raw);
  };

  return { field, value: (name, raw) => value(name, raw), isFigure, list: (items) => items.join(p.list) };
}
