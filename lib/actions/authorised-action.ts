import 'server-only';
import { getLocale } from 'next-intl/server';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { can, type Permission, type SessionUser } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/db-unavailable';
import { isAppError } from '@/lib/errors';
import { type Locale, toLocale } from '@/lib/i18n/config';
import zhCommon from '@/lib/i18n/messages/zh-CN/common.json';
import enCommon from '@/lib/i18n/messages/en/common.json';
import { fieldErrorsOf } from '@/lib/validation/entry';
import { validationTranslator } from '@/lib/validation/messages';

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

/**
 * What a refused call says; each area words them its own way (translated text, or message keys its forms translate).
 */
export type ActionMessages = {
  signedOut: string;
  forbidden: string;
  invalid: string;
  unexpected: string;
  /** the database could not be reached (falls back to `unexpected`) */
  unavailable?: string;
};

/**
 * The one way into a write: session → permission (can) → zod → fn. AppErrors become their message and field
 * errors; anything else is logged and answered with the generic message. Next's redirects pass through.
 */
export async function runAuthorised<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  raw: unknown,
  fn: (user: SessionUser, input: z.output<S>) => Promise<T>,
  messages: ActionMessages,
): Promise<ActionResult<T>> {
  // the session lookup reads the database too: inside the try, so an outage is answered, not thrown at the form
  try {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: messages.signedOut, fieldErrors: {} };
    if (!can(user, permission)) return { ok: false, message: messages.forbidden, fieldErrors: {} };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, message: messages.invalid, fieldErrors: fieldErrorsOf(parsed.error) };
    return { ok: true, data: await fn(user, parsed.data) };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (isDatabaseUnavailable(error)) {
      console.error('[action] database unavailable', permission, (error as Error).message?.split('\n')[0]);
      return { ok: false, message: messages.unavailable ?? messages.unexpected, fieldErrors: {} };
    }
    console.error('[action]', permission, error);
    return { ok: false, message: messages.unexpected, fieldErrors: {} };
  }
}

const GENERIC = { 'zh-CN': zhCommon.errorGeneric, en: enCommon.errorGeneric } as const;
const UNAVAILABLE = { 'zh-CN': zhCommon.databaseUnavailable, en: enCommon.databaseUnavailable } as const;

/** A write whose schema and messages follow the interface's language (the monthly cycle's actions). */
export function authorisedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: (locale: Locale) => S,
  fn: (user: SessionUser, input: z.output<S>, locale: Locale) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const locale = toLocale(await getLocale());
    const t = validationTranslator(locale);
    const messages = {
      signedOut: t('forbidden'),
      forbidden: t('forbidden'),
      invalid: t('formInvalid'),
      unexpected: GENERIC[locale],
      unavailable: UNAVAILABLE[locale],
    };
    return runAuthorised(permission, schema(locale), raw, (user, input) => fn(user, input, locale), messages);
  };
}
