// Signs in once per role and saves the session, so specs start signed in (`test.use({ storageState })`).
import { chromium, type FullConfig } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { DEMO_PASSWORD, ROLE_ACCOUNTS, storageStatePath, type RoleName } from './support/accounts';

export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0].use;
  mkdirSync('e2e/.auth', { recursive: true });
  const browser = await chromium.launch(launchOptions);
  for (const role of Object.keys(ROLE_ACCOUNTS) as RoleName[]) {
    const page = await browser.newPage({ baseURL });
    await page.goto('/login');
    await page.getByLabel('用户名').fill(ROLE_ACCOUNTS[role]);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.context().storageState({ path: storageStatePath(role) });
    await page.close();
  }
  await browser.close();
}
