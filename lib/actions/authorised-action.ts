import 'server-only';
import { getLocale } from 'next-intl/server';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { can, type Permission, type SessionUser } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/db-unavailable';
import { type FieldErrors, isAppError, type Message, message } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { fieldErrorsOf, parseInput } from '@/lib/validation/issues';

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string[]> };

type Outcome<T> = { ok: true; data: T } | { ok: false; message: Message; fieldErrors: FieldErrors };

const refused = (key: Message['key'], fieldErrors: FieldErrors = {}): Outcome<never> => ({
  ok: false,
  message: message(key),
  fieldErrors,
});

async function run<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  raw: unknown,
  fn: (user: SessionUser, input: z.output<S>) => Promise<T>,
): Promise<Outcome<T>> {
  // the session lookup reads the database too: inside the try, so an outage is answered, not thrown at the form
  try {
    const user = await getCurrentUser();
    if (!user) return refused('common.errors.signedOut');
    if (!can(user, permission)) return refused('common.errors.forbidden');
    const parsed = parseInput(schema, raw);
    if (!parsed.success) return refused('common.errors.invalid', fieldErrorsOf(parsed.error));
    return { ok: true, data: await fn(user, parsed.data) };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error))
      return { ok: false, message: message(error.key, error.params), fieldErrors: error.fieldErrors };
    if (isDatabaseUnavailable(error)) {
      console.error('[action] database unavailable', permission, (error as Error).message?.split('\n')[0]);
      return refused('common.databaseUnavailable');
    }
    console.error('[action]', permission, error);
    return refused('common.errors.unexpected');
  }
}

/**
 * The one way into a write: session → permission (can) → zod → fn. Refusals and AppErrors are translated here, once,
 * into the reader's language; an unreachable database gets its own message; anything else unexpected is logged and
 * answered with the generic message. Next's redirects pass through.
 */
export function authorisedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  fn: (user: SessionUser, input: z.output<S>) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const outcome = await run(permission, schema, raw, fn);
    if (outcome.ok) return outcome;
    const t = translator(toLocale(await getLocale()));
    return { ok: false, message: t.text(outcome.message), fieldErrors: t.fieldErrors(outcome.fieldErrors) };
  };
}
