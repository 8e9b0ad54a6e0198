import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageAs } from './support/accounts';
import { testPrisma } from './support/db';
import { CENTRE as UNIT, OCTOBER_ENTRY as URL, resetOctober } from './support/october';

const UNIT_NAME = '福建省12345政务服务便民热线中心';
const prisma = testPrisma();

async function october(code: string) {
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: UNIT } } });
  const [report, actual] = await Promise.all([
    prisma.monthReport.findUniqueOrThrow({ where: { planId_month: { planId: plan.id, month: 10 } } }),
    prisma.monthlyActual.findFirst({
      where: { month: 10, indicator: { planId: plan.id, code } },
      include: { deviation: true },
    }),
  ]);
  return { report, actual };
}

test.afterAll(async () => prisma.$disconnect());

test.describe('[ENTRY]: monthly entry, review and locking', () => {
  test('[ENTRY]: numerator greater than denominator is refused with a Chinese field message and nothing is stored', async ({
    browser,
  }) => {
    await resetOctober(prisma);
    const before = await october('I02');
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(URL);
    await page.getByLabel('接通量', { exact: true }).fill('2,000,000');
    await page.getByLabel('呼入量', { exact: true }).fill('１，０００，０００');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('未保存：请按提示修改标记的字段。');
    // the field's own message and its line in the summary at the top
    await expect(page.getByText('接通量不能大于呼入量。')).toHaveCount(2);
    await expect(page.getByLabel('接通量', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    const after = await october('I02');
    expect(after.report.version).toBe(before.report.version);
    expect(after.actual?.numerator?.toString()).toBe(before.actual?.numerator?.toString());
    await page.context().close();
  });

  test('[ENTRY]: a note on an indicator is saved with the draft and shown again', async ({ browser }) => {
    await resetOctober(prisma);
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(URL);
    await page.getByLabel('按时办理率备注（选填）').fill('10月含国庆假期，按工作日口径统计。');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByRole('main').getByRole('status')).toHaveText('草稿已保存。');
    expect((await october('I03')).actual!.note).toBe('10月含国庆假期，按工作日口径统计。');
    await page.reload();
    await expect(page.getByLabel('按时办理率备注（选填）')).toHaveValue('10月含国庆假期，按工作日口径统计。');
    await page.context().close();
  });

  test('[ENTRY]: a second browser context saving the same month gets the conflict message', async ({ browser }) => {
    await resetOctober(prisma);
    const first = await pageAs(browser, 'MANAGER');
    const second = await pageAs(browser, 'MANAGER');
    await Promise.all([first.goto(URL), second.goto(URL)]);
    const volume = (await october('I01')).actual!.value!.toString();
    await first.getByLabel('本月受理群众诉求数量（件）').fill(String(Number(volume) + 1));
    await first.getByRole('button', { name: '保存草稿' }).click();
    await expect(first.getByRole('main').getByRole('status')).toHaveText('草稿已保存。');
    await second.getByLabel('本月受理群众诉求数量（件）').fill(String(Number(volume) + 2));
    await second.getByRole('button', { name: '保存草稿' }).click();
    await expect(second.getByRole('main').getByRole('alert')).toContainText(
      /数据已被.+于.+修改，您的修改未保存。请刷新后重新填写。/,
    );
    expect((await october('I01')).actual!.value!.toString()).toBe(String(Number(volume) + 1));
    await first.context().close();
    await second.context().close();
  });

  test('[ENTRY]: submit with a deviation record → leader returns → manager resubmits → leader approves → read-only', async ({
    browser,
  }) => {
    test.slow(); // three people, five page loads: over a minute on a busy machine
    await resetOctober(prisma);
    const manager = await pageAs(browser, 'MANAGER');
    await manager.goto(URL);
    await expect(manager.getByRole('heading', { level: 1 })).toHaveText(`${UNIT_NAME} 2026年10月`);
    await manager.getByLabel('接通量', { exact: true }).fill('800,000');
    await manager.getByLabel('呼入量', { exact: true }).fill('1,000,000');
    const i02 = manager.getByRole('group', { name: '话务接通率' });
    await expect(i02.getByText('80.00%')).toBeVisible();
    await expect(i02.getByText('未达标').first()).toBeVisible();
    await manager.getByRole('button', { name: '提交审核' }).click();
    await expect(manager.getByRole('main').getByRole('alert')).toHaveText(
      '未提交：本月还有指标未填写或偏差说明未完成。',
    );
    await expect(i02.getByText('请至少选择一项偏差原因。')).toBeVisible();
    await i02.getByLabel('人员保障').check();
    await i02.getByLabel('偏差原因分析').fill('话务高峰人手不足');
    await i02.getByLabel('改进措施').fill('增加高峰时段坐席');
    await expect(i02.getByLabel('完成目标可能性')).not.toHaveValue('');
    await manager.getByRole('button', { name: '提交审核' }).click();
    await expect(manager.getByRole('main').getByRole('status')).toHaveText('已提交审核。');
    const submitted = await october('I02');
    expect(submitted.report.state).toBe('SUBMITTED');
    expect(submitted.actual?.numerator?.toString()).toBe('800000');
    expect(submitted.actual?.deviation).toMatchObject({ causes: ['STAFFING'], analysis: '话务高峰人手不足' });

    const leader = await pageAs(browser, 'LEADER');
    await leader.goto('/review');
    const card = leader.getByRole('region', { name: `${UNIT_NAME} 2026年10月` });
    await card.getByRole('button', { name: '退回' }).click();
    // what did not happen, in the card whose button was pressed, with its reason field in view
    await expect(card.getByRole('alert')).toHaveText('未退回：请填写退回原因。');
    await expect(card.getByText('请填写原因。')).toBeVisible();
    await expect(card.getByLabel('退回原因')).toBeFocused();
    await card.getByLabel('退回原因').fill('接通量与话务系统统计不符，请核对');
    await card.getByRole('button', { name: '退回' }).click();
    await expect(leader.getByRole('main').getByRole('status')).toHaveText('已退回。');
    expect((await october('I02')).report).toMatchObject({
      state: 'RETURNED',
      returnReason: '接通量与话务系统统计不符，请核对',
    });

    await manager.reload();
    await expect(manager.getByText('退回原因：接通量与话务系统统计不符，请核对')).toBeVisible();
    // when, in Asia/Shanghai like the header's other instants (it showed the raw ISO text)
    await expect(manager.getByText(/由.+于\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}退回。/)).toBeVisible();
    await manager.getByLabel('接通量', { exact: true }).fill('950,000');
    await manager.getByRole('button', { name: '提交审核' }).click();
    await expect(manager.getByRole('main').getByRole('status')).toHaveText('已提交审核。');

    await leader.goto('/review');
    await leader
      .getByRole('region', { name: `${UNIT_NAME} 2026年10月` })
      .getByRole('button', { name: '审核通过' })
      .click();
    await expect(leader.getByRole('main').getByRole('status')).toHaveText('已审核通过。');
    expect((await october('I02')).report.state).toBe('APPROVED');

    await manager.reload();
    await expect(manager.getByText('本月当前为“已审核”，不可编辑。')).toBeVisible();
    await expect(manager.getByLabel('接通量', { exact: true })).toBeDisabled();
    // read-only figures with thousands separators, like the computed ones beside them
    await expect(manager.getByLabel('接通量', { exact: true })).toHaveValue('950,000');
    await expect(manager.getByLabel('呼入量', { exact: true })).toHaveValue('1,000,000');
    await expect(manager.getByRole('button', { name: '保存草稿' })).toHaveCount(0);
    await expect(manager.getByRole('button', { name: '提交审核' })).toHaveCount(0);

    // the admin reopens it: the confirmation stays after the page has refreshed into the editable draft
    const admin = await pageAs(browser, 'ADMIN');
    await admin.goto(URL);
    await admin.getByLabel('重新打开原因', { exact: true }).fill('核对后需更正接通量');
    await admin.getByRole('button', { name: '重新打开' }).click();
    await expect(admin.getByText('重新打开原因：核对后需更正接通量')).toBeVisible();
    await expect(admin.getByRole('button', { name: '保存草稿' })).toBeVisible();
    await expect(admin.getByRole('main').getByText('已重新打开。')).toBeVisible();
    expect((await october('I02')).report.state).toBe('DRAFT');
    await admin.reload();
    await expect(admin.getByRole('button', { name: '保存草稿' })).toBeVisible();
    await expect(admin.getByRole('main').getByText('已重新打开。')).toHaveCount(0);
    await admin.context().close();
    await manager.context().close();
    await leader.context().close();
  });

  test('[ENTRY]: the entry page has no serious or critical accessibility violations', async ({ browser }) => {
    await resetOctober(prisma);
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(URL);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
