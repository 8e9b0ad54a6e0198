import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type RoleName, storageStatePath } from './support/accounts';
import { reopenAsDraft, testPrisma } from './support/db';

const UNIT = '103603';
const URL = `/entry/2026/10?unit=${UNIT}`;
const INDICATOR = '话务接通率';
const prisma = testPrisma();

// a minimal valid PDF: header, one empty page, cross-reference table, trailer
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\nxref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n' +
    '0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// October 2026 of the centre back to an editable draft with no evidence (the demo data has it submitted).
async function resetOctober() {
  const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026, unit: { code: UNIT } } });
  await prisma.evidenceFile.deleteMany({ where: { actual: { month: 10, indicator: { planId: plan.id } } } });
  await reopenAsDraft(prisma, plan.id, 10);
  return plan.id;
}

const octoberFiles = (planId: number) =>
  prisma.evidenceFile.findMany({
    where: { actual: { month: 10, indicator: { planId, code: 'I02' } } },
    select: { id: true, fileName: true, sha256: true, mimeType: true },
  });

async function pageAs(browser: Browser, role: RoleName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(role) });
  return context.newPage();
}

// leaves October without files for the specs that follow
test.afterAll(async () => {
  await prisma.evidenceFile.deleteMany({
    where: { actual: { month: 10, indicator: { plan: { year: 2026, unit: { code: UNIT } } } } },
  });
  await prisma.$disconnect();
});

test.describe('[EVIDENCE]: evidence files on the monthly entry', () => {
  test('[EVIDENCE]: the manager attaches a PDF, sees it listed, downloads the same bytes, saves the month, and removes it', async ({
    browser,
  }) => {
    const planId = await resetOctober();
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(URL);
    const row = page.getByRole('group', { name: INDICATOR });
    await expect(row.getByText('暂无佐证材料。')).toBeVisible();
    await row
      .getByLabel(`选择佐证材料（${INDICATOR}）`)
      .setInputFiles({ name: '10月话务统计.pdf', mimeType: 'application/pdf', buffer: PDF });
    await row.getByRole('button', { name: '上传' }).click();
    await expect(row.getByRole('status')).toHaveText('已上传“10月话务统计.pdf”。');
    const link = row.getByRole('link', { name: '下载 10月话务统计.pdf' });
    await expect(link).toBeVisible();
    const uploader = await prisma.user.findUniqueOrThrow({
      where: { username: 'manager' },
      select: { displayName: true },
    });
    await expect(row.getByRole('cell', { name: uploader.displayName, exact: true })).toBeVisible();
    const [stored] = await octoberFiles(planId);
    expect(stored).toMatchObject({ fileName: '10月话务统计.pdf', mimeType: 'application/pdf', sha256: sha256(PDF) });

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('10月话务统计.pdf');
    expect(sha256(await readFile((await download.path())!))).toBe(sha256(PDF));
    const response = await page.request.get(`/api/evidence/${stored.id}`);
    expect(response.status()).toBe(200);
    expect(response.headers()).toMatchObject({
      'content-type': 'application/pdf',
      'x-content-type-options': 'nosniff',
      'content-disposition': expect.stringContaining(`filename*=UTF-8''${encodeURIComponent('10月话务统计.pdf')}`),
    });
    expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);

    // the upload moved the month's version on, and the form knows it: saving afterwards is not a conflict
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByText('草稿已保存。')).toBeVisible();

    await row.getByRole('button', { name: '删除 10月话务统计.pdf' }).click();
    await expect(row.getByRole('status')).toHaveText('已删除“10月话务统计.pdf”。');
    await expect(link).toHaveCount(0);
    await expect(row.getByText('暂无佐证材料。')).toBeVisible();
    expect(await octoberFiles(planId)).toEqual([]);
    const audits = await prisma.auditEvent.findMany({
      where: { entity: 'EvidenceFile', entityId: String(stored.id) },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => a.action)).toEqual(['EVIDENCE_UPLOAD', 'EVIDENCE_REMOVE']);
    expect((await page.request.get(`/api/evidence/${stored.id}`)).status()).toBe(404);
    await page.context().close();
  });

  test('[EVIDENCE]: a program, PNG bytes named .pdf and a file over 10 MB are refused with Chinese messages and nothing is stored', async ({
    browser,
  }) => {
    const planId = await resetOctober();
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(URL);
    const row = page.getByRole('group', { name: INDICATOR });
    const input = row.getByLabel(`选择佐证材料（${INDICATOR}）`);
    const uploadButton = row.getByRole('button', { name: '上传' });

    await input.setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
    });
    await uploadButton.click();
    await expect(row.getByRole('alert')).toHaveText(/^不支持文件“setup\.exe”的类型/);

    // passes the browser's extension check; the server reads the first bytes and refuses
    await input.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: PNG });
    await uploadButton.click();
    await expect(row.getByRole('alert')).toHaveText(/^文件“scan\.pdf”的内容与其扩展名不符，不能上传。/);

    await input.setInputFiles({
      name: 'big.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)]),
    });
    await uploadButton.click();
    await expect(row.getByRole('alert')).toHaveText(/^文件“big\.pdf”超过 10 MB，不能上传。/);

    expect(await octoberFiles(planId)).toEqual([]);
    await page.context().close();
  });

  test('[EVIDENCE]: a PDF of exactly 10 MiB goes through the server action and is stored whole', async ({
    browser,
  }) => {
    const planId = await resetOctober();
    const page = await pageAs(browser, 'MANAGER');
    await page.goto(URL);
    const row = page.getByRole('group', { name: INDICATOR });
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 - PDF.length, 0x20)]);
    await row
      .getByLabel(`选择佐证材料（${INDICATOR}）`)
      .setInputFiles({ name: 'full.pdf', mimeType: 'application/pdf', buffer: big });
    await row.getByRole('button', { name: '上传' }).click();
    await expect(row.getByRole('status')).toHaveText('已上传“full.pdf”。');
    await expect(row.getByRole('cell', { name: '10 MB' })).toBeVisible();
    expect(await octoberFiles(planId)).toEqual([
      expect.objectContaining({ fileName: 'full.pdf', sha256: sha256(big) }),
    ]);
    await page.context().close();
  });

  test('[EVIDENCE]: a leader sees the files and may download them, without upload or remove controls', async ({
    browser,
  }) => {
    const planId = await resetOctober();
    const manager = await pageAs(browser, 'MANAGER');
    await manager.goto(URL);
    const managerRow = manager.getByRole('group', { name: INDICATOR });
    await managerRow
      .getByLabel(`选择佐证材料（${INDICATOR}）`)
      .setInputFiles({ name: '说明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await managerRow.getByRole('button', { name: '上传' }).click();
    await expect(managerRow.getByRole('status')).toHaveText('已上传“说明.pdf”。');
    const [stored] = await octoberFiles(planId);

    const leader = await pageAs(browser, 'LEADER');
    await leader.goto(URL);
    const row = leader.getByRole('group', { name: INDICATOR });
    await expect(row.getByRole('link', { name: '下载 说明.pdf' })).toBeVisible();
    await expect(row.getByRole('button', { name: '上传' })).toHaveCount(0);
    await expect(row.getByRole('button', { name: '删除 说明.pdf' })).toHaveCount(0);
    expect(Buffer.from(await (await leader.request.get(`/api/evidence/${stored.id}`)).body()).equals(PDF)).toBe(true);

    // and the indicator page counts the month's files
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { planId, code: 'I02' }, select: { id: true } });
    await leader.goto(`/indicators/${indicator.id}?asOf=10`);
    await expect(leader.getByTestId('month-table').getByRole('rowheader', { name: /^10月/ })).toContainText(
      '1 个佐证材料',
    );
    await manager.context().close();
    await leader.context().close();
  });
});
