import { describe, expect, test } from 'vitest';
import { API_CSP, isForeignOrigin, newNonce, pageCsp } from './headers';

const facts = (over: Partial<Parameters<typeof isForeignOrigin>[0]>) => ({
  method: 'POST',
  origin: 'http://tracker.example',
  secFetchSite: 'same-origin',
  host: 'tracker.example',
  forwardedHost: null,
  ...over,
});

describe('Origin check for state-changing requests', () => {
  test('same origin passes', () => expect(isForeignOrigin(facts({}))).toBe(false));
  test('a foreign Origin is refused', () =>
    expect(isForeignOrigin(facts({ origin: 'https://evil.example', secFetchSite: null }))).toBe(true));
  test('a different port is another origin', () =>
    expect(isForeignOrigin(facts({ origin: 'http://tracker.example:8080' }))).toBe(true));
  test('the opaque origin "null" is refused', () => expect(isForeignOrigin(facts({ origin: 'null' }))).toBe(true));
  test('an unparsable Origin is refused', () => expect(isForeignOrigin(facts({ origin: 'not a url' }))).toBe(true));
  test('Sec-Fetch-Site: cross-site is refused even without Origin', () =>
    expect(isForeignOrigin(facts({ origin: null, secFetchSite: 'cross-site' }))).toBe(true));
  test('behind a proxy the forwarded host counts', () => {
    expect(isForeignOrigin(facts({ host: '127.0.0.1:4001', forwardedHost: 'tracker.example' }))).toBe(false);
    expect(isForeignOrigin(facts({ host: 'tracker.example', forwardedHost: 'other.example' }))).toBe(true);
  });
  test('reads are not checked', () =>
    expect(isForeignOrigin(facts({ method: 'GET', origin: 'https://evil.example' }))).toBe(false));
  test('a request without Origin (not from a browser page) passes', () =>
    expect(isForeignOrigin(facts({ origin: null, secFetchSite: null }))).toBe(false));
});

describe('Content-Security-Policy', () => {
  test('pages: nonce and strict-dynamic, no unsafe-eval or unsafe-inline scripts, no framing', () => {
    const csp = pageCsp('abc');
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
  test('route handlers: nothing runs', () => expect(API_CSP).toContain("default-src 'none'"));
  test('nonces differ per request', () => expect(newNonce()).not.toBe(newNonce()));
});
