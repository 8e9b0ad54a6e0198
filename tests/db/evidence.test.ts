import { createHash } from 'node:crypto';
import { textOf } from '../support/messages';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import type { PrismaClient } from '../../lib/db-client';
import { getEntryMonth } from '../../lib/data/entry';
import { listIndicatorHistory, listMonthHistory } from '../../lib/data/history';
import {
  countIndicatorEvidence,
  createEvidence,
  deleteEvidence,
  getEvidenceDownload,
  listMonthEvidence,
} from '../../lib/data/evidence';
import { MAX_EVIDENCE_BYTES } from '../../lib/domain/evidence-file';
import { AppError } from '../../lib/errors';
import { sessionUser } from './entry-support';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';

const OCT = { unitCode: '103603', year: 2026, month: 10 };
const SEP = { ...OCT, month: 9 }; // approved in the demo data: locked
const NOV = { ...OCT, month: 11 }; // begun (the tests run from late 2026), no report and no figures yet
const PDF = new Uint8Array(
  Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1'),
);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let db: TestDatabase;
let manager: SessionUser, leader: SessionUser, admin: SessionUser, evaluator: SessionUser, fuzhou: SessionUser;
let planId: number;
let i02: number, budgetIndicator: number, fuzhouIndicator: number;
/** the SQL text of every raw statement the app's client ran */
const rawStatements: string[] = [];

const versionOf = async (key = OCT) => (await getEntryMonth(admin, key)).version;
const upload = async (user: SessionUser, extra: Partial<Parameters<typeof createEvidence>[1]> = {}, key = OCT) =>
  createEvidence(user, {
    ...key,
    indicatorId: i02,
    version: await versionOf(key),
    fileName: '10月话务统计.pdf',
    bytes: PDF,
    ...extra,
  });

async function refused(promise: Promise<unknown>, code: AppError['code']): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Every table an evidence write touches, comparable before and after a refused one. */
async function snapshot() {
  const [files, actuals, reports, audits] = await Promise.all([
    db.prisma.evidenceFile.findMany({ orderBy: { id: 'asc' }, select: { id: true, actualId: true, sha256: true } }),
    db.prisma.monthlyActual.count(),
    db.prisma.monthReport.findMany({
      where: { planId },
      orderBy: { month: 'asc' },
      select: { month: true, state: true, version: true },
    }),
    db.prisma.auditEvent.count(),
  ]);
  return { files, actuals, reports, audits };
}

async function refusedUnchanged(write: () => Promise<unknown>, code: AppError['code']) {
  const before = await snapshot();
  const error = await refused(write(), code);
  expect(await snapshot()).toEqual(before);
  return error;
}

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  // the app's client, with the text of every raw statement kept, to show what the evidence list selects
  const watched = db.prisma.$extends({
    query: { $queryRaw: ({ args, query }) => (rawStatements.push((args as { sql: string }).sql), query(args)) },
  }) as unknown as PrismaClient;
  useAsAppDatabase({ ...db, prisma: watched });
  [manager, leader, admin, evaluator, fuzhou] = await Promise.all(
    ['manager', 'leader', 'admin', 'evaluator', 'manager-fuzhou'].map((u) => sessionUser(db, u)),
  );
  const plan = await db.prisma.plan.findFirstOrThrow({
    where: { year: 2026, unit: { code: '103603' } },
    include: { indicators: true },
  });
  planId = plan.id;
  i02 = plan.indicators.find((i) => i.code === 'I02')!.id;
  budgetIndicator = plan.indicators.find((i) => i.isBudgetDerived)!.id;
  fuzhouIndicator = (
    await db.prisma.indicator.findFirstOrThrow({
      where: { code: 'I02', plan: { year: 2026, unit: { code: '350100' } } },
    })
  ).id;
  await db.prisma.monthReport.update({
    where: { planId_month: { planId, month: 10 } },
    data: { state: 'DRAFT', submittedAt: null, submittedById: null },
  });
});
afterAll(async () => db.drop());

describe('evidence files', () => {
  test('an upload stores the bytes and their sha256, bumps the month version and audits name/size/sha256 (never the bytes)', async () => {
    const before = await versionOf();
    const result = await upload(manager);
    expect(result).toEqual({ id: expect.any(Number), fileName: '10月话务统计.pdf', version: before + 1 });
    const stored = await db.prisma.evidenceFile.findUniqueOrThrow({
      where: { id: result.id },
      include: { actual: true },
    });
    expect(stored).toMatchObject({
      fileName: '10月话务统计.pdf',
      mimeType: 'application/pdf',
      size: PDF.byteLength,
      sha256: sha(PDF),
      uploadedById: manager.id,
    });
    expect(Buffer.from(stored.content).equals(Buffer.from(PDF))).toBe(true);
    expect(stored.actual).toMatchObject({ indicatorId: i02, month: 10 });
    expect(await versionOf()).toBe(before + 1);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entity: 'EvidenceFile', entityId: String(result.id) },
    });
    expect(audit).toMatchObject({ action: 'EVIDENCE_UPLOAD', userId: manager.id, before: null });
    expect(audit.after).toEqual({
      fileName: '10月话务统计.pdf',
      mimeType: 'application/pdf',
      size: PDF.byteLength,
      sha256: sha(PDF),
      indicatorId: i02,
      ...OCT,
      version: before + 1,
    });
  });

  test('the upload and its audit event commit together: when the audit insert fails, no file, row or version change remains', async () => {
    await db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_evidence_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.entity = 'EvidenceFile' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`,
    );
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_evidence_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_evidence_audit()`,
    );
    try {
      const before = await snapshot();
      await expect(upload(manager, { indicatorId: budgetIndicator }, NOV)).rejects.toThrow(/audit refused/);
      expect(await snapshot()).toEqual(before);
    } finally {
      await db.prisma.$executeRawUnsafe('DROP TRIGGER refuse_evidence_audit ON "AuditEvent"');
      await db.prisma.$executeRawUnsafe('DROP FUNCTION refuse_evidence_audit()');
    }
  });

  test('a month with no report and no figures gets a draft report and an empty row to carry the file (budget-derived indicator)', async () => {
    expect(await db.prisma.monthlyActual.findFirst({ where: { indicatorId: budgetIndicator, month: 11 } })).toBeNull();
    const result = await upload(manager, { indicatorId: budgetIndicator, fileName: '11月支出明细.pdf' }, NOV);
    expect(result.version).toBe(1);
    const actual = await db.prisma.monthlyActual.findFirstOrThrow({
      where: { indicatorId: budgetIndicator, month: 11 },
    });
    expect(actual).toMatchObject({ value: null, numerator: null, denominator: null, rating: null, note: null });
    expect(
      await db.prisma.monthReport.findUniqueOrThrow({ where: { planId_month: { planId, month: 11 } } }),
    ).toMatchObject({ state: 'DRAFT', version: 1, updatedById: manager.id });
    expect((await listMonthEvidence(manager, { ...OCT, month: 11 }))[budgetIndicator].map((f) => f.fileName)).toEqual([
      '11月支出明细.pdf',
    ]);
  });

  test.each<[string, () => Promise<unknown>, AppError['code'], RegExp]>([
    [
      'PNG bytes named .pdf',
      () => upload(manager, { fileName: 'scan.pdf', bytes: PNG }),
      'INVALID',
      /内容与其扩展名不符/,
    ],
    [
      'an .exe',
      () => upload(manager, { fileName: 'setup.exe', bytes: new Uint8Array(Buffer.from('MZ\x90\x00\x03')) }),
      'INVALID',
      /不支持文件“setup.exe”的类型/,
    ],
    [
      '10 MiB + 1 byte',
      () => upload(manager, { bytes: new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x25) }),
      'INVALID',
      /超过 10 MB/,
    ],
    ['an empty file', () => upload(manager, { bytes: new Uint8Array(0) }), 'INVALID', /空文件/],
    ['an approved (locked) month', () => upload(manager, {}, SEP), 'INVALID', /已审核通过并锁定/],
    ['another unit’s manager', () => upload(fuzhou), 'FORBIDDEN', /只能填报本单位/],
    ['a leader (no actuals.edit)', () => upload(leader), 'FORBIDDEN', /没有执行此操作的权限/],
    ['an evaluator (no actuals.edit)', () => upload(evaluator), 'FORBIDDEN', /没有执行此操作的权限/],
    [
      'an indicator of another unit',
      () => upload(manager, { indicatorId: fuzhouIndicator }),
      'INVALID',
      /不属于本单位/,
    ],
    [
      'a stale month version',
      async () =>
        createEvidence(manager, {
          ...OCT,
          indicatorId: i02,
          version: (await versionOf()) - 1,
          fileName: 'a.pdf',
          bytes: PDF,
        }),
      'CONFLICT',
      /修改，您的修改未保存/,
    ],
  ])('refused and nothing stored: %s', async (_label, write, code, message) => {
    expect(textOf(await refusedUnchanged(write, code))).toMatch(message);
  });

  test('a submitted month refuses uploads and removals', async () => {
    const { id } = await upload(manager, { fileName: 'keep.pdf' });
    await db.prisma.monthReport.update({
      where: { planId_month: { planId, month: 10 } },
      data: { state: 'SUBMITTED' },
    });
    try {
      expect(textOf(await refusedUnchanged(() => upload(manager), 'INVALID'))).toMatch(/正在等待审核/);
      expect(
        textOf(
          await refusedUnchanged(async () => deleteEvidence(manager, { id, version: await versionOf() }), 'INVALID'),
        ),
      ).toMatch(/正在等待审核/);
    } finally {
      await db.prisma.monthReport.update({ where: { planId_month: { planId, month: 10 } }, data: { state: 'DRAFT' } });
    }
  });

  test('removal deletes the file, bumps the version and audits what was removed; refused for others', async () => {
    const { id } = await upload(manager, { fileName: 'remove-me.pdf' });
    // another unit's file answers exactly as a missing id does (same code, same message): its existence is not told
    const foreign = await refusedUnchanged(
      async () => deleteEvidence(fuzhou, { id, version: await versionOf() }),
      'NOT_FOUND',
    );
    const missing = await refusedUnchanged(
      async () => deleteEvidence(fuzhou, { id: 2_000_000_000, version: await versionOf() }),
      'NOT_FOUND',
    );
    expect([foreign.key, foreign.params, textOf(foreign)]).toEqual([missing.key, missing.params, textOf(missing)]);
    expect(textOf(foreign, 'en')).toBe(textOf(missing, 'en'));
    await refusedUnchanged(async () => deleteEvidence(leader, { id, version: await versionOf() }), 'FORBIDDEN');
    await refusedUnchanged(async () => deleteEvidence(manager, { id, version: (await versionOf()) - 1 }), 'CONFLICT');
    const before = await versionOf();
    expect(await deleteEvidence(manager, { id, version: before })).toEqual({
      fileName: 'remove-me.pdf',
      version: before + 1,
    });
    expect(await db.prisma.evidenceFile.findUnique({ where: { id } })).toBeNull();
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entity: 'EvidenceFile', entityId: String(id), action: 'EVIDENCE_REMOVE' },
    });
    expect(audit).toMatchObject({ userId: manager.id, after: { version: before + 1 } });
    expect(audit.before).toEqual({
      fileName: 'remove-me.pdf',
      mimeType: 'application/pdf',
      size: PDF.byteLength,
      sha256: sha(PDF),
      indicatorId: i02,
      ...OCT,
    });
    await refusedUnchanged(() => deleteEvidence(manager, { id, version: before + 1 }), 'NOT_FOUND');
  });

  test('uploads and removals appear in the month’s and the indicator’s history, even after the file is gone', async () => {
    const { id } = await upload(manager, { fileName: 'history.pdf' });
    await deleteEvidence(manager, { id, version: await versionOf() });
    const entries = (list: { action: string; month: number | null; entity: string }[]) =>
      list.filter((e) => e.entity === 'EvidenceFile').map((e) => [e.action, e.month]);
    const monthHistory = entries(await listMonthHistory(manager, OCT));
    expect(monthHistory.slice(0, 2)).toEqual([
      ['EVIDENCE_REMOVE', 10],
      ['EVIDENCE_UPLOAD', 10],
    ]);
    expect(entries(await listIndicatorHistory(manager, i02)).slice(0, 2)).toEqual([
      ['EVIDENCE_REMOVE', 10],
      ['EVIDENCE_UPLOAD', 10],
    ]);
    expect(entries(await listMonthHistory(manager, { ...OCT, month: 9 }))).toEqual([]);
    expect(
      entries(await listIndicatorHistory(manager, budgetIndicator)).filter(([action]) => action === 'EVIDENCE_REMOVE'),
    ).toEqual([]);
    expect(await listMonthHistory(fuzhou, OCT)).toEqual([]);
  });

  test('the list carries names, sizes and uploaders but never selects the bytes; a manager of another unit sees nothing', async () => {
    rawStatements.length = 0;
    const list = await listMonthEvidence(leader, OCT);
    expect(rawStatements).toHaveLength(1);
    expect(rawStatements[0]).toMatch(/"EvidenceFile"/);
    expect(rawStatements[0]).not.toMatch(/content|f\.\*/);
    const files = list[i02];
    expect(files.length).toBeGreaterThan(0);
    expect(files[0]).toEqual({
      id: expect.any(Number),
      fileName: '10月话务统计.pdf',
      mimeType: 'application/pdf',
      size: PDF.byteLength,
      sha256: sha(PDF),
      uploadedBy: manager.name,
      uploadedAt: expect.stringMatching(/^2\d{3}-/),
    });
    expect(Object.keys(files[0])).not.toContain('content');
    expect(await listMonthEvidence(fuzhou, OCT)).toEqual({});
    expect(await countIndicatorEvidence(manager, i02)).toEqual({ 10: files.length });
    expect(await countIndicatorEvidence(fuzhou, i02)).toEqual({});
  });

  test('download: the same bytes for the unit’s manager and every other role; null (404) for another unit’s manager or a missing id', async () => {
    const { id } = await upload(manager, { fileName: 'download.pdf' });
    for (const user of [manager, leader, evaluator, admin]) {
      const file = await getEvidenceDownload(user, id);
      expect(file).toMatchObject({ fileName: 'download.pdf', mimeType: 'application/pdf', size: PDF.byteLength });
      expect(Buffer.from(file!.content).equals(Buffer.from(PDF))).toBe(true);
    }
    expect(await getEvidenceDownload(fuzhou, id)).toBeNull();
    expect(await getEvidenceDownload(manager, id + 10_000)).toBeNull();
  });
});
