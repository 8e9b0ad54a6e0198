// Issue 10 #13: during a database outage a page says so in the reader's language (not Next's English default page),
// tries again by itself every 10 s, and comes back once the database does.
import { type Browser, expect, test } from '@playwright/test';
import { storageStatePath } from './support/accounts';
import { setDatabaseReachable } from './support/db';

test.afterAll(async () => setDatabaseReachable(true));

async function managerPage(browser: Browser, locale?: 'en') {
  const context = await browser.newContext({ storageState: storageStatePath('MANAGER') });
  if (locale) {
    const url = new URL(test.info().project.use.baseURL!);
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, domain: url.hostname, path: '/' }]);
  }
  return context.newPage();
}

test.describe('[OUTAGE]: the error page during a database outage', () => {
  test.describe.configure({ mode: 'serial' });

  test('[OUTAGE]: Chinese, retries every 10 s, and shows the dashboard again without a click', async ({ browser }) => {
    test.setTimeout(90_000);
    const page = await managerPage(browser);
    await setDatabaseReachable(false);
    try {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: '暂时无法连接数据库' })).toBeVisible();
      await expect(page.getByRole('main').getByRole('alert')).toContainText('页面每 10 秒自动重试');
      await expect(page.getByTestId('retry-countdown')).toHaveText(/^\d+ 秒后自动重试$/);
      await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
      await expect(page.getByText('Application error')).toHaveCount(0);
      // one automatic retry while the database is still down: the count runs out, and starts again at 10
      await expect(page.getByTestId('retry-countdown')).toHaveText(/^[1-5] 秒后自动重试$/, { timeout: 10_000 });
      await expect(page.getByTestId('retry-countdown')).toHaveText('10 秒后自动重试', { timeout: 10_000 });
    } finally {
      await setDatabaseReachable(true);
    }
    await expect(page.getByRole('heading', { level: 1, name: '驾驶舱' })).toBeVisible({ timeout: 15_000 });
    await page.context().close();
  });

  test('[OUTAGE]: in English with the English cookie; Try again recovers at once', async ({ browser }) => {
    const page = await managerPage(browser, 'en');
    await setDatabaseReachable(false);
    try {
      await page.goto('/entry');
      await expect(page.getByRole('heading', { level: 1, name: 'The database cannot be reached' })).toBeVisible();
      await expect(page.getByTestId('retry-countdown')).toHaveText(/^Trying again in \d+ s$/);
    } finally {
      await setDatabaseReachable(true);
    }
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'The database cannot be reached' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.context().close();
  });
});
