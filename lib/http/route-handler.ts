import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { NextRequest } from 'next/server';
import type { SessionUser } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { AppError, type AppErrorCode, isAppError, message } from '@/lib/errors';
import { LOCALE_COOKIE, type Locale, toLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';

/** The one map from an error's code to its HTTP status. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
};

export const noStoreJson = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

export const localeOf = (request: NextRequest): Locale => toLocale(request.cookies.get(LOCALE_COOKIE)?.value);

/** The signed-in user, or a 401 (as an AppError the wrapper answers). */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'common.errors.signedOut');
  return user;
}

/**
 * Every route handler under app/api goes through this: an AppError becomes its status and
 * `{ ok: false, message, fieldErrors }` in the caller's language (NEXT_LOCALE cookie); anything else is logged and
 * answered 500 with the generic message.
 */
export function routeHandler<P extends Record<string, string> = Record<string, never>>(
  handle: (request: NextRequest, params: P) => Promise<Response>,
) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handle(request, await context.params);
    } catch (error) {
      unstable_rethrow(error);
      const t = translator(localeOf(request));
      if (isAppError(error)) {
        const body = {
          ok: false,
          message: t.text(message(error.key, error.params)),
          fieldErrors: t.fieldErrors(error.fieldErrors),
        };
        return noStoreJson(body, HTTP_STATUS[error.code]);
      }
      console.error('[route]', request.nextUrl.pathname, error);
      return noStoreJson({ ok: false, message: t.text(message('common.errors.unexpected')), fieldErrors: {} }, 500);
    }
  };
}
