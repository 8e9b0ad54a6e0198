// The response headers every answer carries, and the same-origin rule for state-changing requests: pure functions
// over plain values, so proxy.ts stays a thin adapter and the rules are unit-tested.

/** A fresh, unguessable nonce per request (base64 of 16 random bytes). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Pages: scripts only from this origin and with this request's nonce ('strict-dynamic' lets Next's nonced loader pull
 * its chunks); stylesheets likewise. style-src-attr allows the style="" attributes React and Recharts write (they
 * cannot carry a nonce; attribute styles cannot run code). No 'unsafe-eval' outside the development server, whose
 * React tooling needs it.
 */
export function pageCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Route handlers answer JSON or files: nothing in them may run, load or be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type OriginFacts = {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  forwardedHost: string | null;
};

/**
 * A state-changing request is refused when the browser says it comes from another site: an Origin whose host is not
 * the one this request was addressed to (behind a proxy: X-Forwarded-Host, as Next checks server actions), an opaque
 * "null" Origin, or Sec-Fetch-Site: cross-site. Requests without these headers are not from a browser page and carry
 * no ambient cookie risk the browser would add.
 */
export function isForeignOrigin({ method, origin, secFetchSite, host, forwardedHost }: OriginFacts): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (secFetchSite === 'cross-site') return true;
  if (origin === null) return false;
  if (origin === 'null') return true;
  const expected = (forwardedHost?.split(',')[0] ?? host ?? '').trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== expected;
  } catch {
    return true;
  }
}
