// zod speaks in message keys here: schemas name their own keys (problem(…)), and zod's built-in checks (wrong type,
// too long, not an option…) get common.input.* keys from inputErrorKey, so no English zod text reaches a person.
import type { z } from 'zod';
import type { FieldErrors, Message, MessageKey, MessageParams } from '@/lib/errors';

/** For `.refine(check, problem(key))` and `ctx.addIssue({ code: 'custom', path, ...problem(key, params) })`. */
export const problem = (key: MessageKey, params: MessageParams = {}) => ({ message: key, params });

type RawIssue = z.core.$ZodRawIssue;

/** The key of a built-in check's failure; passed to every parse (parseInput) so its message is a key too. */
export function inputErrorKey(issue: RawIssue): MessageKey {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'common.input.required' : 'common.input.invalidType';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'common.input.tooLong' : 'common.input.tooBig';
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && issue.minimum === 1)
        return 'common.input.required';
      return issue.origin === 'string' || issue.origin === 'array' ? 'common.input.tooShort' : 'common.input.tooSmall';
    case 'invalid_value':
      return 'common.input.invalidOption';
    case 'invalid_union':
      return 'common.input.invalidOption';
    default:
      return issue.code === 'invalid_format' ? 'common.input.invalidType' : 'common.input.invalid';
  }
}

/** `schema.safeParse(raw)` whose built-in failures carry message keys (see inputErrorKey). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown) {
  return schema.safeParse(raw, { error: (issue) => inputErrorKey(issue) });
}

function messageOf(issue: z.core.$ZodIssue): Message {
  const bounds: MessageParams = {};
  if (issue.code === 'too_big') bounds.max = Number(issue.maximum);
  if (issue.code === 'too_small') bounds.min = Number(issue.minimum);
  const own = issue.code === 'custom' ? ((issue.params ?? {}) as MessageParams) : {};
  return { key: issue.message as MessageKey, params: { ...bounds, ...own } };
}

/** zod issues as `{ 'rows.0.numerator': [message] }`, the shape forms show next to their fields. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) (errors[issue.path.join('.') || '_'] ??= []).push(messageOf(issue));
  return errors;
}
