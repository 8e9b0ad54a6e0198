import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, ROLE_ACCOUNTS, type RoleName, storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';

const ROLE_LABELS: Record<RoleName, string> = {
  ADMIN: '系统管理员',
  MANAGER: '热线管理员',
  LEADER: '领导',
  EVALUATOR: '绩效评价人员',
};

test.describe('[AUTH]: sign-in', () => {
  for (const role of Object.keys(ROLE_ACCOUNTS) as RoleName[]) {
    test(`${role} signs in and lands in the app shell`, async ({ page }) => {
      await page.goto('/login');
      await page.getByLabel('用户名').fill(ROLE_ACCOUNTS[role]);
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
      await expect(page.getByTestId('current-user')).toContainText(ROLE_LABELS[role]);
      await expect(page.getByText('演示数据')).toBeVisible();
    });
  }

  test('a wrong password is refused with a message in Chinese', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill('evaluator');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText(
      '用户名或密码错误，请重新输入。连续输错5次，账号将锁定15分钟。',
    );
    await expect(page).toHaveURL(/\/login/);
  });

  test('five wrong passwords lock the account, even with the right password, answered as an unknown name is', async ({
    page,
  }) => {
    const prisma = testPrisma();
    const username = 'manager-longyan';
    try {
      await page.goto('/login');
      await page.getByLabel('用户名').fill('no-such-user-anywhere');
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      const unknownAnswer = await page.locator('form').getByRole('alert').textContent();
      for (let i = 0; i < 5; i++) {
        await page.getByLabel('用户名').fill(username);
        await page.getByLabel('密码').fill(`wrong-${i}`);
        await page.getByRole('button', { name: '登录' }).click();
        await expect(page.locator('form').getByRole('alert')).toBeVisible();
      }
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page.locator('form').getByRole('alert')).toHaveText(unknownAnswer ?? '');
      await expect(page).toHaveURL(/\/login/);
      expect(await prisma.user.findUniqueOrThrow({ where: { username } })).toMatchObject({
        lockedUntil: expect.any(Date),
      });
    } finally {
      await prisma.user.update({ where: { username }, data: { lockedUntil: null, failedLogins: 0 } });
      await prisma.$disconnect();
    }
  });

  test('a session cookie kept from before sign-out no longer downloads files', async ({ page, playwright }) => {
    // a city manager no other spec signs in as: sign-out ends every session of the user
    const username = 'manager-ningde';
    const template = '/api/import/template?unit=350900&year=2026&format=csv';
    await page.goto('/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('current-user')).toBeVisible();
    const kept = await page.context().storageState();
    const replay = await playwright.request.newContext({ baseURL: process.env.E2E_BASE_URL, storageState: kept });
    try {
      expect((await replay.get(template)).status()).toBe(200);
      await page.getByRole('button', { name: '退出登录' }).click();
      await expect(page).toHaveURL(/\/login/);
      expect((await replay.get(template)).status()).toBe(401);
    } finally {
      await replay.dispose();
    }
  });

  test('the interface switches to English and back', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('12345 Hotline Performance Targets');
    await expect(page.getByLabel('User name')).toBeVisible();
    await page.getByRole('button', { name: /中文/ }).click();
    await expect(page.getByLabel('用户名')).toBeVisible();
  });
});

test.describe('[AUTH]: password change', () => {
  test.use({ storageState: storageStatePath('MANAGER') });

  test('a signed-in user who opened the page without changing anything can go back to the app', async ({ page }) => {
    await page.goto('/password');
    await page.getByRole('link', { name: '返回系统' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  });
});

test.describe('[AUTH]: anonymous visitors', () => {
  for (const path of ['/', '/entry', '/review', '/progress', '/reports', '/admin', '/indicators/1']) {
    test(`${path} redirects to the login page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login\?callbackUrl=/);
      await expect(page.getByRole('heading', { name: '12345热线绩效目标管理' })).toBeVisible();
    });
  }
});

test.describe('[HEALTH]: /api/health', () => {
  test('answers 200 with the database state', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.status).toBe('ok');
    expect(body.database.isUp).toBe(true);
    expect(body.database.migrations).toBeGreaterThanOrEqual(1);
  });
});
