// Tests read what a person reads: messages translated the way the edges translate them.
import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import type { FieldErrors, Message } from '@/lib/errors';
import { fieldErrorsOf, parseInput } from '@/lib/validation/issues';

/** The field errors of parsing `input` with `schema`, as text ({} when it parses). */
export function fieldErrorsIn(schema: z.ZodType, input: unknown, locale: Locale = 'zh-CN'): Record<string, string[]> {
  const result = parseInput(schema, input);
  return result.success ? {} : translator(locale).fieldErrors(fieldErrorsOf(result.error));
}

/** A message (or an AppError, which carries its key and parameters) as text. */
export const textOf = (message: Message, locale: Locale = 'zh-CN') => translator(locale).text(message);

export const fieldTexts = (errors: FieldErrors, locale: Locale = 'zh-CN') => translator(locale).fieldErrors(errors);
