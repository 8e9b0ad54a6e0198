// The audit log export from 系统管理 → 审计日志: every event of the filters (not just the page shown), for keeping.
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { storageStatePath } from './support/accounts';
import { testPrisma } from './support/db';

const prisma = testPrisma();
const PROBE = 'E2E_EXPORT_PROBE';
test.beforeAll(async () => {
  await prisma.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, n) => ({
      at: new Date(Date.UTC(2026, 0, 1, 0, n)),
      action: PROBE,
      entity: 'Probe',
      entityId: String(n),
      after: { n },
    })),
  });
});
test.afterAll(async () => {
  await prisma.auditEvent.deleteMany({ where: { action: PROBE } });
  await prisma.$disconnect();
});

test.describe('[EVALUATOR]: the audit log export', () => {
  test.use({ storageState: storageStatePath('EVALUATOR') });

  test('[EVALUATOR]: 导出 CSV exports every event of the filter, across pages', async ({ page }) => {
    await page.goto(`/admin/audit?action=${PROBE}`);
    await expect(page.getByRole('navigation', { name: '共 120 条，第 1/3 页' }).first()).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^审计日志_\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parse(readFileSync((await download.path())!), { bom: true }) as string[][];
    expect(header).toEqual([
      '时间',
      '用户名',
      '操作人',
      '操作',
      '操作说明',
      '对象',
      '对象说明',
      'ID',
      '单位编码',
      '单位',
      '变更前',
      '变更后',
    ]);
    // newest first, all three pages' worth: 2026-01-01 09:59 (Beijing) down to 08:00
    expect(rows.map((r) => [r[0], r[3], r[7]])).toEqual(
      Array.from({ length: 120 }, (_, i) => {
        const n = 119 - i;
        return [
          `2026-01-01 ${String(8 + Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00`,
          PROBE,
          String(n),
        ];
      }),
    );
  });
});

test.describe('[MANAGER]: no audit log export', () => {
  test.use({ storageState: storageStatePath('MANAGER') });

  test('[MANAGER]: the export address refuses a manager in Chinese', async ({ request }) => {
    const answer = await request.get('/api/audit/export?format=xlsx');
    expect(answer.status()).toBe(403);
    expect((await answer.json()).message).toBe('您没有执行此操作的权限。');
  });
});
