import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';
import { type NextRequestWithAuth, withAuth } from 'next-auth/middleware';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en/common.json';
import zh from '@/lib/i18n/messages/zh-CN/common.json';
import { API_CSP, COMMON_HEADERS, isForeignOrigin, newNonce, pageCsp } from '@/lib/security/headers';

// Paths that answer for themselves when signed out (the login page, NextAuth, health, report downloads: 401 as JSON;
// /api/v1 authenticates by API token, never by session); every other path sends anonymous visitors to the login page.
// Pages, actions and data functions check again.
const PUBLIC = /^\/(login|api\/auth|api\/health|api\/reports|api\/v1)(\/|$)/;

function securityHeaders(response: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(COMMON_HEADERS)) response.headers.set(name, value);
  if (!response.headers.has('Content-Security-Policy')) response.headers.set('Content-Security-Policy', csp);
  return response;
}

/**
 * Every request: a nonce-based CSP and the other security headers (pages and route handlers alike), a same-origin
 * check on every state-changing request (route handlers included; Next checks server actions the same way), then the
 * session check.
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  const nonce = newNonce();
  const csp = isApi ? API_CSP : pageCsp(nonce, process.env.NODE_ENV === 'development');
  const h = request.headers;
  const foreign = isForeignOrigin({
    method: request.method,
    origin: h.get('origin'),
    secFetchSite: h.get('sec-fetch-site'),
    host: h.get('host'),
    forwardedHost: h.get('x-forwarded-host'),
  });
  const texts = toLocale(request.cookies.get(LOCALE_COOKIE)?.value) === 'en' ? en : zh;
  // a NUL is never part of an address; PostgreSQL would refuse it deep inside a lookup
  if (/%00/.test(request.nextUrl.pathname + request.nextUrl.search)) {
    const refusal = NextResponse.json(
      { ok: false, error: texts.nulInAddress, message: texts.nulInAddress },
      { status: 400 },
    );
    return securityHeaders(refusal, API_CSP);
  }
  if (foreign) {
    const message = texts.crossOrigin;
    const refusal = NextResponse.json({ ok: false, error: message, message, fieldErrors: {} }, { status: 403 });
    refusal.headers.set('Cache-Control', 'no-store');
    return securityHeaders(refusal, API_CSP);
  }
  // Next reads the nonce for its own scripts from the request's CSP header.
  const forwarded = new Headers(request.headers);
  forwarded.set('x-nonce', nonce);
  forwarded.set('Content-Security-Policy', csp);
  const pass = () => NextResponse.next({ request: { headers: forwarded } });
  if (PUBLIC.test(request.nextUrl.pathname)) return securityHeaders(pass(), csp);
  const signedIn = withAuth(pass, { pages: { signIn: '/login' } });
  const response = await signedIn(request as NextRequestWithAuth, event);
  return securityHeaders((response ?? pass()) as NextResponse, csp);
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
