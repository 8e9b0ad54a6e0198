// The import's messages (lib/i18n/messages/*/import.json), usable outside next-intl: route handlers, data layer, tests.
import en from '@/lib/i18n/messages/en/import.json';
import zh from '@/lib/i18n/messages/zh-CN/import.json';
import type { Locale } from '@/lib/i18n/config';

type Errors = typeof zh.errors;
export type ImportErrorKey = Exclude<keyof Errors, 'field' | 'state'>;
export type ImportFieldKey = keyof Errors['field'];
export type Values = Record<string, string | number>;

const fill = (text: string, values: Values) => text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

export type ImportTranslator = {
  error: (key: ImportErrorKey, values?: Values) => string;
  field: (key: ImportFieldKey, values?: Values) => string;
  state: (state: 'SUBMITTED' | 'APPROVED') => string;
  line: (line: number) => string;
};

export function importTranslator(locale: Locale = 'zh-CN'): ImportTranslator {
  const texts = locale === 'en' ? en : zh;
  const errors = texts.errors as Errors;
  return {
    error: (key, values = {}) => fill(errors[key], values),
    field: (key, values = {}) => fill(errors.field[key], values),
    state: (state) => errors.state[state],
    line: (line) => fill(texts.lineLabel, { line }),
  };
}

type Problem = { line: number; key: ImportErrorKey; values: Values; fields?: { key: ImportFieldKey; values?: Values }[] };

/** "分子（接通量）不能为负数。": a row problem as a person reads it (its fields named in the message). */
export function describeProblem(problem: Problem, t: ImportTranslator, locale: Locale = 'zh-CN'): string {
  const fields = (problem.fields ?? []).map((f) => t.field(f.key, f.values)).join(locale === 'en' ? ', ' : '、');
  const values: Values = { ...problem.values, field: fields, fields };
  if (problem.key === 'lockedMonth') values.state = t.state(problem.values.state as 'SUBMITTED' | 'APPROVED');
  return t.error(problem.key, values);
}
