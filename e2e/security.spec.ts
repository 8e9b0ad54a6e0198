import { expect, type Page, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';

const prisma = testPrisma();
test.afterAll(async () => prisma.$disconnect());

/** Collects every CSP violation the page reports (the browser fires securitypolicyviolation on the document). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test.describe('[SECURITY]: headers, CSP and same-origin writes', () => {
  test('[SECURITY]: pages carry a nonce CSP and the other headers; a fresh nonce per request', async ({ request }) => {
    const first = await request.get('/login');
    const second = await request.get('/login');
    const csp = first.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(second.headers()['content-security-policy']).not.toBe(csp);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    for (const response of [first, await request.get('/api/health')]) {
      const h = response.headers();
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      expect(h['content-security-policy']).toBeTruthy();
    }
  });

  test.describe('signed in', () => {
    test.use({ storageState: storageStatePath('ADMIN') });

    test('[SECURITY]: dashboard, indicator page (Recharts) and entry run under the CSP without a violation', async ({
      page,
    }) => {
      test.setTimeout(240_000);
      const violations = await watchViolations(page);
      await page.goto('/');
      // the dashboard's sparklines are server-drawn SVG now; Recharts runs on the indicator page below
      await expect(page.getByRole('article').first()).toBeVisible();
      const indicator = await prisma.indicator.findFirstOrThrow({ where: { code: 'I02' }, orderBy: { id: 'asc' } });
      await page.goto(`/indicators/${indicator.id}`);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      // hydrated: a client-side navigation through next-intl's translated navigation works
      await page.goto('/entry');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button', { name: /English$/ }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.getByRole('button', { name: /中文$/ }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      expect(violations).toEqual([]);
    });

    test('[SECURITY]: the import refuses a foreign Origin in Chinese and stores nothing', async ({ request }) => {
      const before = await prisma.auditEvent.count();
      const response = await request.post('/api/import', {
        headers: { Origin: 'https://evil.example' },
        multipart: { file: { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('单位编码\r\n', 'utf8') } },
      });
      expect(response.status()).toBe(403);
      expect((await response.json()).message).toBe('请求来自其他网站，已拒绝。请在本系统的页面中操作。');
      expect(await prisma.auditEvent.count()).toBe(before);
    });
  });
});
