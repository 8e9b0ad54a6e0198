import 'server-only';
import { clock } from '@/lib/clock';
import { createHash } from 'node:crypto';
import { can, type SessionUser, visibleUnitFilter, visibleUnitId } from '@/lib/auth/permissions';
import { prisma, type Tx } from '@/lib/db';
import { shanghaiYearMonth } from '@/lib/domain';
import { checkEvidenceFile, cleanFileName } from '@/lib/domain/evidence-file';
import { isMonthStarted } from '@/lib/domain/month-cycle';
import { AppError, message } from '@/lib/errors';
import { recordAudit } from './audit';
import {
  assertCan,
  bumpReport,
  findPlan,
  type MonthKey,
  monthTransaction,
  StaleVersion,
  transitionOrThrow,
} from './month-reports';

export type EvidenceItem = {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedAt: string;
};
export type EvidenceUpload = MonthKey & {
  indicatorId: number;
  version: number;
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
};

// never `content`: lists and counts must not load the bytes
const ITEM_SELECT = {
  id: true,
  fileName: true,
  mimeType: true,
  size: true,
  sha256: true,
  uploadedById: true,
  uploadedAt: true,
} as const;

/** The `where` that limits evidence to the units the user may see. */
const visibleEvidence = (user: SessionUser) => ({ actual: { indicator: { plan: { unit: visibleUnitFilter(user) } } } });

type EvidenceRow = Omit<EvidenceItem, 'uploadedAt'> & { indicatorId: number; uploadedAt: Date };

/**
 * Every file attached to a plan's month, by indicator id, oldest first; {} when the user may not see the unit. One
 * statement with the uploaders' names, and never the `content` column: a list must not load the bytes.
 */
export async function listMonthEvidence(
  user: SessionUser,
  { unitCode, year, month }: MonthKey,
): Promise<Record<number, EvidenceItem[]>> {
  if (!can(user, 'actuals.view')) return {};
  const unitId = visibleUnitId(user);
  const files = await prisma.$queryRaw<EvidenceRow[]>`
    SELECT f.id, f."fileName", f."mimeType", f.size, f.sha256, u."displayName" AS "uploadedBy", f."uploadedAt",
           a."indicatorId"
    FROM "Unit" un
    JOIN "Plan" p ON p."unitId" = un.id AND p.year = ${year}
    JOIN "Indicator" i ON i."planId" = p.id
    JOIN "MonthlyActual" a ON a."indicatorId" = i.id AND a.month = ${month}
    JOIN "EvidenceFile" f ON f."actualId" = a.id
    LEFT JOIN "User" u ON u.id = f."uploadedById"
    WHERE un.code = ${unitCode} AND (${unitId}::int IS NULL OR un.id = ${unitId}::int)
    ORDER BY f."uploadedAt", f.id`;
  const byIndicator: Record<number, EvidenceItem[]> = {};
  for (const { indicatorId, uploadedAt, ...file } of files)
    (byIndicator[indicatorId] ??= []).push({ ...file, uploadedAt: uploadedAt.toISOString() });
  return byIndicator;
}

/** How many files each month of an indicator carries (month → count); {} when the indicator is not visible. */
export async function countIndicatorEvidence(user: SessionUser, indicatorId: number): Promise<Record<number, number>> {
  if (!can(user, 'actuals.view')) return {};
  const actuals = await prisma.monthlyActual.findMany({
    where: { indicatorId, indicator: { plan: { unit: visibleUnitFilter(user) } }, evidence: { some: {} } },
    select: { month: true, _count: { select: { evidence: true } } },
  });
  return Object.fromEntries(actuals.map((a) => [a.month, a._count.evidence]));
}

/** One file with its bytes, for the download; null when it does not exist or the user may not see its unit. */
export async function getEvidenceDownload(user: SessionUser, id: number) {
  if (!can(user, 'actuals.view')) return null;
  return prisma.evidenceFile.findFirst({
    where: { id, ...visibleEvidence(user) },
    select: { fileName: true, mimeType: true, size: true, content: true },
  });
}

/**
 * Opens a month for a write that is not a figure: refused for a stale version, another unit, a submitted or approved
 * month, or one not yet begun; otherwise bumps the month's version (creating its report as a draft when it has none).
 */
async function openMonthForWrite(tx: Tx, user: SessionUser, key: MonthKey, version: number) {
  const plan = await findPlan(tx, user, key);
  const { report } = plan;
  if ((report?.version ?? 0) !== version) throw new StaleVersion(plan.id, key.month);
  const state = transitionOrThrow(report?.state ?? null, 'SAVE');
  if (!isMonthStarted(key.year, key.month, shanghaiYearMonth(clock.now())))
    throw new AppError('INVALID', 'entry.validation.futureMonth');
  // attaching a file leaves a returned month returned (its reason stays in view); a month without a report becomes a
  // draft
  const bumped = await bumpReport(
    tx,
    plan,
    key.month,
    version,
    report ? { updatedById: user.id } : { state, updatedById: user.id },
  );
  return { plan, version: bumped.version };
}

/** Attaches a file to an indicator's month, with its audit event, in one transaction; refused uploads store nothing. */
export async function createEvidence(user: SessionUser, input: EvidenceUpload) {
  assertCan(user, 'actuals.edit');
  const check = checkEvidenceFile(input.fileName, input.bytes);
  const fileName = cleanFileName(input.fileName) ?? input.fileName;
  if (!check.ok)
    throw new AppError(
      'INVALID',
      `evidence.errors.${check.refusal}`,
      { name: fileName },
      {
        file: [message(`evidence.errors.${check.refusal}`, { name: fileName })],
      },
    );
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const key = { unitCode: input.unitCode, year: input.year, month: input.month };
  return monthTransaction(async (tx) => {
    const { plan, version } = await openMonthForWrite(tx, user, key, input.version);
    const indicator = await tx.indicator.findFirst({
      where: { id: input.indicatorId, planId: plan.id },
      select: { id: true },
    });
    if (!indicator) throw new AppError('INVALID', 'evidence.errors.unknownIndicator');
    // a month without figures yet gets an empty row to carry the file (as the budget-derived indicator's notes are)
    const actual = await tx.monthlyActual.upsert({
      where: { indicatorId_month: { indicatorId: indicator.id, month: input.month } },
      create: { indicatorId: indicator.id, month: input.month, updatedById: user.id },
      update: {},
      select: { id: true },
    });
    const file = await tx.evidenceFile.create({
      data: {
        actualId: actual.id,
        fileName,
        mimeType: check.mimeType,
        size: input.bytes.byteLength,
        sha256,
        content: input.bytes,
        uploadedById: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      userId: user.id,
      unitId: plan.unitId,
      action: 'EVIDENCE_UPLOAD',
      entity: 'EvidenceFile',
      entityId: file.id,
      before: null,
      after: {
        fileName,
        mimeType: check.mimeType,
        size: input.bytes.byteLength,
        sha256,
        indicatorId: indicator.id,
        ...key,
        version,
      },
    });
    return { id: file.id, fileName, version };
  });
}

/** Removes a file from its month (refused like an upload when the month is not editable), with its audit event. */
export async function deleteEvidence(user: SessionUser, input: { id: number; version: number }) {
  assertCan(user, 'actuals.edit');
  return monthTransaction(async (tx) => {
    // another unit's file is looked up like a missing one, so the answer does not tell that it exists
    const file = await tx.evidenceFile.findFirst({
      where: { id: input.id, ...visibleEvidence(user) },
      select: {
        ...ITEM_SELECT,
        actual: {
          select: {
            month: true,
            indicatorId: true,
            indicator: { select: { plan: { select: { year: true, unit: { select: { code: true } } } } } },
          },
        },
      },
    });
    if (!file) throw new AppError('NOT_FOUND', 'evidence.errors.notFound');
    const { plan } = file.actual.indicator;
    const key = { unitCode: plan.unit.code, year: plan.year, month: file.actual.month };
    const opened = await openMonthForWrite(tx, user, key, input.version);
    await tx.evidenceFile.delete({ where: { id: file.id } });
    await recordAudit(tx, {
      userId: user.id,
      unitId: opened.plan.unitId,
      action: 'EVIDENCE_REMOVE',
      entity: 'EvidenceFile',
      entityId: file.id,
      before: {
        fileName: file.fileName,
        mimeType: file.mimeType,
        size: file.size,
        sha256: file.sha256,
        indicatorId: file.actual.indicatorId,
        ...key,
      },
      after: { version: opened.version },
    });
    return { fileName: file.fileName, version: opened.version };
  });
}
