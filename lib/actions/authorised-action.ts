import 'server-only';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { can, type Permission, type SessionUser } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { type Locale, toLocale } from '@/lib/i18n/config';
import zhCommon from '@/lib/i18n/messages/zh-CN/common.json';
import enCommon from '@/lib/i18n/messages/en/common.json';
import { fieldErrorsOf } from '@/lib/validation/entry';
import { validationTranslator } from '@/lib/validation/messages';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

const GENERIC = { 'zh-CN': zhCommon.errorGeneric, en: enCommon.errorGeneric } as const;

/**
 * The one way into a write: session → permission (can) → zod (messages in the interface's language) → fn.
 * AppErrors become their message and field errors; anything else is logged and shown as a generic message.
 */
export function authorisedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: (locale: Locale) => S,
  fn: (user: SessionUser, input: z.output<S>, locale: Locale) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const locale = toLocale(await getLocale());
    const t = validationTranslator(locale);
    const user = await getCurrentUser();
    if (!user || !can(user, permission)) return { ok: false, message: t('forbidden'), fieldErrors: {} };
    const parsed = schema(locale).safeParse(raw);
    if (!parsed.success) return { ok: false, message: t('formInvalid'), fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return { ok: true, data: await fn(user, parsed.data, locale) };
    } catch (error) {
      if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      console.error('[action]', permission, error);
      return { ok: false, message: GENERIC[locale], fieldErrors: {} };
    }
  };
}
