import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3100';
const shots: [string, string, string, number?][] = [
  ['manager', '/entry/2026/11?unit=103603', 'entry-nov'],
  ['manager', '/entry/2026/10?unit=103603', 'entry-oct'],
  ['manager', '/', 'home-manager'],
  ['leader', '/review', 'review'],
  ['leader', '/progress', 'progress'],
  ['evaluator', '/reports', 'reports'],
  ['evaluator', '/reports/print?unit=103603&year=2026&month=9', 'print'],
  ['admin', '/admin', 'admin'],
  ['admin', '/admin/plans', 'admin-plans'],
  ['leader', '/entry', 'leader-entry'],
  ['manager', '/progress', 'progress-phone', 390],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [user, path, name, width] of shots) {
  const page = await browser.newPage({ viewport: { width: width ?? 1280, height: 900 }, locale: 'zh-CN' });
  await page.goto(base + '/login');
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill('Demo@2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  const res = await page.goto(base + path);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log(name, res?.status());
  await page.close();
}
await browser.close();
