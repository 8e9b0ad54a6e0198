// The import's messages (lib/i18n/messages/*/import.json), usable outside next-intl: route handlers, data layer, tests.
import en from '@/lib/i18n/messages/en/import.json';
import zh from '@/lib/i18n/messages/zh-CN/import.json';
import type { Locale } from '@/lib/i18n/config';
import { messageTranslator, type Values } from '@/lib/i18n/translator';

type Errors = typeof zh.errors;
export type ImportErrorKey = Exclude<keyof Errors, 'field' | 'state'>;
export type ImportFieldKey = keyof Errors['field'];
export type { Values };

export type ImportTranslator = {
  error: (key: ImportErrorKey, values?: Values) => string;
  field: (key: ImportFieldKey, values?: Values) => string;
  state: (state: 'SUBMITTED' | 'APPROVED') => string;
  line: (line: number) => string;
};

export function importTranslator(locale: Locale = 'zh-CN'): ImportTranslator {
  const t = messageTranslator(locale, locale === 'en' ? en : zh);
  return {
    error: (key, values = {}) => t(`errors.${key}`, values),
    field: (key, values = {}) => t(`errors.field.${key}`, values),
    state: (state) => t(`errors.state.${state}`),
    line: (line) => t('lineLabel', { line }),
  };
}

type Problem = {
  line: number;
  key: ImportErrorKey;
  values: Values;
  fields?: { key: ImportFieldKey; values?: Values }[];
};

/** "分子（接通量）不能为负数。": a row problem as a person reads it (its fields named in the message). */
export function describeProblem(problem: Problem, t: ImportTranslator, locale: Locale = 'zh-CN'): string {
  const fields = (problem.fields ?? []).map((f) => t.field(f.key, f.values)).join(locale === 'en' ? ', ' : '、');
  const values: Values = { ...problem.values, field: fields, fields };
  if (problem.key === 'lockedMonth') values.state = t.state(problem.values.state as 'SUBMITTED' | 'APPROVED');
  return t.error(problem.key, values);
}
