import 'server-only';
import { clock } from '@/lib/clock';
import type { z } from 'zod';
import { type ApiCaller, auditApiCall, authenticateApiToken, countApiCall } from '@/lib/data/api-tokens';
import { isAppError } from '@/lib/errors';
import { HTTP_STATUS } from '@/lib/http/route-handler';
import { translator } from '@/lib/i18n/translate';
import { fieldErrorsOf } from '@/lib/validation/issues';
import type { Locale } from '@/lib/i18n/config';
import { localeFromAcceptLanguage } from './locale';
import { type ApiTranslate, apiTranslator } from './messages';
import type { apiError } from './schemas';

type ErrorCode = z.output<typeof apiError>['error']['code'];

export type ApiContext = { request: Request; caller: ApiCaller; locale: Locale; t: ApiTranslate; now: Date };

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export function apiRefusal(
  status: number,
  code: ErrorCode,
  message: string,
  fieldErrors: Record<string, string[]> = {},
  headers: Record<string, string> = {},
) {
  return apiJson({ error: { code, message, fieldErrors } }, status, headers);
}

/** The limits per token and minute; settings so an operator can tune them without a release. */
export const rateLimits = () => ({
  WRITE: Number(process.env.API_WRITES_PER_MINUTE ?? 60),
  READ: Number(process.env.API_READS_PER_MINUTE ?? 600),
});

/** zod issues as `{ 'indicators.I02.numerator': ['…'] }`, in the caller's language */
export const issuesByPath = (error: z.ZodError, locale: Locale) => translator(locale).fieldErrors(fieldErrorsOf(error));

/**
 * Every /api/v1 route: Bearer token → rate limit (counted in PostgreSQL) → handler, answered as JSON in the
 * language of Accept-Language, and audited under the token's name. These routes authenticate by token only, never
 * by session cookie, so a cross-site request carries no credential and needs no Origin check.
 */
export function apiRoute<P>(kind: 'READ' | 'WRITE', handler: (ctx: ApiContext, params: P) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
    const t = apiTranslator(locale);
    const now = clock.now();
    const auth = await authenticateApiToken(request.headers.get('authorization'), now);
    if (!auth.ok)
      return apiRefusal(
        401,
        'UNAUTHENTICATED',
        t(auth.reason === 'REVOKED' ? 'revoked' : 'unauthorized'),
        {},
        {
          'WWW-Authenticate': 'Bearer',
        },
      );
    const caller = auth.caller;
    const response = await answer(kind, handler, { request, caller, locale, t, now }, context.params);
    await auditApiCall(
      caller,
      { method: request.method, path: new URL(request.url).pathname, status: response.status },
      now,
    );
    return response;
  };
}

async function answer<P>(
  kind: 'READ' | 'WRITE',
  handler: (ctx: ApiContext, params: P) => Promise<Response>,
  ctx: ApiContext,
  params: Promise<P>,
): Promise<Response> {
  const { t, caller } = ctx;
  if (kind === 'WRITE' && caller.isReadOnly) return apiRefusal(403, 'FORBIDDEN', t('readOnly'));
  const counted = await countApiCall(caller.tokenId, kind, rateLimits()[kind], ctx.now);
  if (!counted.ok)
    return apiRefusal(
      429,
      'RATE_LIMITED',
      t('rateLimited', { seconds: counted.retryAfter }),
      {},
      {
        'Retry-After': String(counted.retryAfter),
      },
    );
  try {
    return await handler(ctx, await params);
  } catch (error) {
    if (isAppError(error) && error.code !== 'TOO_LARGE') {
      const t = translator(ctx.locale);
      return apiRefusal(HTTP_STATUS[error.code], error.code, t.text(error), t.fieldErrors(error.fieldErrors));
    }
    console.error('[api]', ctx.request.method, ctx.request.url, error);
    return apiRefusal(500, 'INTERNAL', t('unexpected'));
  }
}
