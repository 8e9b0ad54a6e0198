// A row problem of the import as a message (key + parameters); translated at the edge with every other message.
import { type Message, type MessageParams, message } from '@/lib/errors';
import type zh from '@/lib/i18n/messages/zh-CN/import.json';

type Errors = typeof zh.errors;
export type ImportErrorKey = Exclude<keyof Errors, 'field' | 'state'>;
export type ImportFieldKey = keyof Errors['field'];
export type Values = Record<string, string | number>;

type Problem = {
  line: number;
  key: ImportErrorKey;
  values: Values;
  fields?: { key: ImportFieldKey; values?: Values }[];
};

/** "分子（接通量）不能为负数。": a row problem with its fields named in the message. */
export function describeProblem(problem: Problem): Message {
  const fields = (problem.fields ?? []).map((f) => message(`import.errors.field.${f.key}`, f.values));
  const params: MessageParams = { ...problem.values, field: fields, fields };
  if (problem.key === 'lockedMonth')
    params.state = message(`import.errors.state.${problem.values.state as 'SUBMITTED' | 'APPROVED'}`);
  return message(`import.errors.${problem.key}`, params);
}
