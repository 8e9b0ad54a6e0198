import 'server-only';
import { clock } from '@/lib/clock';
import type { SessionUser } from '@/lib/auth/permissions';
import { canSeeUnit } from '@/lib/auth/permissions';
import { prisma, type Tx } from '@/lib/db';
import { defaultMonthlyPlan } from '@/lib/domain/budget';
import { shanghaiYearMonth } from '@/lib/domain/periods';
import { AppError, type FieldErrors, message } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { CHINESE_HEADERS, type ImportRecord } from '@/lib/import/columns';
import type { CsvEncoding } from '@/lib/import/decode';
import { describeProblem } from '@/lib/import/messages';
import { MAX_ROWS, readImportFile } from '@/lib/import/read';
import { type FileKind, sniffFile } from '@/lib/import/sniff';
import { renderTemplateCsv, renderTemplateXlsx, templateRows } from '@/lib/import/template';
import {
  actualKey,
  type Figures,
  type ImportChange,
  type ImportContext,
  type ImportPlan,
  planKey,
  type StoredActual,
  validateImport,
  type DeviationFields,
} from '@/lib/import/validate';
import { normaliseNumberText } from '@/lib/validation/number';
import { CONFIRM_IMPLAUSIBLE } from '@/lib/validation/month-figures';
import { recordAudit } from './audit';
import { decimalNumber, decimalText, decimalTextOrNull } from './decimals';
import { ACTUAL_SELECT, monthValueOf } from './engine-input';
import type { MonthValue } from '@/lib/domain/types';
import { assertCan, bumpReport, findPlan, monthTransaction, StaleVersion, transitionOrThrow } from './month-reports';
import { planYear } from '@/lib/validation/ids';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const MAX_LABEL = '2 MB';

/** One plan as the import sees it: indicators in plan order, month states and versions, stored figures and spending. */
async function loadImportPlan(tx: Tx, planId: number): Promise<ImportPlan & { baseUnits: Map<string, string> }> {
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      id: true,
      year: true,
      unitId: true,
      budgetTotal: true,
      unit: { select: { id: true, code: true, name: true } },
      indicators: {
        orderBy: { sortOrder: 'asc' },
        select: {
          id: true,
          code: true,
          name: true,
          kind: true,
          target: true,
          isBudgetDerived: true,
          numeratorLabel: true,
          denominatorLabel: true,
          displayUnit: true,
          displayDivisor: true,
          actuals: {
            select: { ...ACTUAL_SELECT, id: true, version: true, note: true },
          },
        },
      },
      monthReports: { select: { month: true, state: true, version: true } },
      budgetExecutions: { select: { id: true, version: true, month: true, spent: true, planned: true } },
    },
  });
  const lastYear = await lastYearMonths(tx, plan.unitId, plan.year);
  const actuals = new Map<string, StoredActual>();
  for (const i of plan.indicators) {
    for (const a of i.actuals) {
      actuals.set(actualKey(i.id, a.month), {
        id: a.id,
        version: a.version,
        value: decimalTextOrNull(a.value),
        numerator: decimalTextOrNull(a.numerator),
        denominator: decimalTextOrNull(a.denominator),
        rating: a.rating,
        note: a.note,
        deviation:
          a.deviation && a.deviation.likelihood ? { ...a.deviation, likelihood: a.deviation.likelihood } : null,
      });
    }
  }
  return {
    planId: plan.id,
    unitId: plan.unit.id,
    unitCode: plan.unit.code,
    unitName: plan.unit.name,
    year: plan.year,
    indicators: new Map(
      plan.indicators.map((i) => [
        i.code.toUpperCase(),
        {
          id: i.id,
          code: i.code,
          name: i.name,
          kind: i.kind,
          isBudgetDerived: i.isBudgetDerived,
          numeratorLabel: i.numeratorLabel,
          denominatorLabel: i.denominatorLabel,
          target: decimalNumber(i.target),
          lastYear: lastYear.get(i.code) ?? [],
        },
      ]),
    ),
    budgetTotal: decimalText(plan.budgetTotal),
    reports: new Map(plan.monthReports.map((r) => [r.month, { state: r.state, version: r.version }])),
    actuals,
    budget: new Map(
      plan.budgetExecutions.map((b) => [
        b.month,
        { id: b.id, version: b.version, spent: decimalTextOrNull(b.spent), planned: decimalTextOrNull(b.planned)! },
      ]),
    ),
    defaultPlanned: defaultMonthlyPlan(decimalNumber(plan.budgetTotal)!).map(String),
    // COUNT figures are stored in base units: 万件 shown ÷ 10 000 → 件 typed
    baseUnits: new Map(
      plan.indicators.map((i) => [i.code, i.displayDivisor === 1 ? i.displayUnit : i.displayUnit.replace(/^万/, '')]),
    ),
  };
}

/** Last year's stored months of the unit's indicators, by indicator code (the scale of their plausible range). */
async function lastYearMonths(tx: Tx, unitId: number, year: number): Promise<Map<string, MonthValue[]>> {
  const indicators = await tx.indicator.findMany({
    where: { plan: { unitId, year: year - 1 } },
    select: { code: true, actuals: { select: { month: true, value: true, numerator: true, denominator: true } } },
  });
  return new Map(indicators.map((i) => [i.code, i.actuals.map((a) => monthValueOf({ ...a, rating: null }))]));
}

/**
 * What the file's rows refer to: its units (allowed or not for this user) and the allowed units' plans of its years.
 */
async function loadContext(user: SessionUser, records: readonly ImportRecord[], now: Date): Promise<ImportContext> {
  const codes = [...new Set(records.map((r) => r.unitCode).filter((c) => c !== ''))];
  const years = [
    ...new Set(records.map((r) => Number(normaliseNumberText(r.year))).filter((y) => planYear.safeParse(y).success)),
  ];
  const units = await prisma.unit.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const allowed = units.filter((u) => canSeeUnit(user, u.id));
  const planIds = await prisma.plan.findMany({
    where: { unitId: { in: allowed.map((u) => u.id) }, year: { in: years } },
    select: { id: true },
  });
  const plans = await Promise.all(planIds.map((p) => loadImportPlan(prisma, p.id)));
  const today = shanghaiYearMonth(now);
  return {
    units: new Map(units.map((u) => [u.code, { id: u.id, isAllowed: canSeeUnit(user, u.id) }])),
    plans: new Map(plans.map((p) => [planKey(p.unitCode, p.year), p])),
    today: { year: today.year, month: today.month },
  };
}

/** confirmImplausible: the person has checked the figures beyond their plausible range and imports them */
export type ImportFile = { fileName: string; bytes: Uint8Array; confirmImplausible?: boolean };
export type CheckedImport = {
  fileName: string;
  kind: FileKind;
  encoding: CsvEncoding | null;
  rows: number;
  unchanged: number;
  empty: number;
  changes: ImportChange[];
};
export type ImportSummary = {
  fileName: string;
  changed: number;
  unchanged: number;
  months: { unitCode: string; unitName: string; year: number; month: number; rows: number }[];
};

type Options = { now?: Date };

/**
 * Reads and checks every row of the file against what is stored; refuses the file (INVALID, one field error per bad
 * line: `{ '7': ['…'] }`) when any row is wrong. Writes nothing: applyImport writes what this found.
 */
export async function checkImport(
  user: SessionUser,
  file: ImportFile,
  { now = clock.now() }: Options = {},
): Promise<CheckedImport> {
  assertCan(user, 'actuals.import');
  if (file.bytes.byteLength > MAX_IMPORT_BYTES)
    throw new AppError('TOO_LARGE', 'import.errors.fileTooLarge', { max: MAX_LABEL });
  const sniffed = sniffFile(file.fileName, file.bytes);
  if (!sniffed.ok) {
    const key = ({ EMPTY: 'fileEmpty', TYPE: 'fileType', XLS: 'fileXls', MISMATCH: 'fileMismatch' } as const)[
      sniffed.problem
    ];
    throw new AppError('INVALID', `import.errors.${key}`, { ext: `.${sniffed.ext}` });
  }
  const read = await readImportFile(sniffed.kind, file.bytes);
  if (!read.ok) {
    if (read.problem === 'UNREADABLE') throw new AppError('INVALID', 'import.errors.fileUnreadable');
    if (read.problem === 'CSV_MALFORMED')
      throw new AppError('INVALID', 'import.errors.csvMalformed', { line: read.line });
    if (read.problem === 'INFLATES_TOO_LARGE') throw new AppError('INVALID', 'import.errors.fileInflatesTooLarge');
    if (read.problem === 'NO_ROWS') throw new AppError('INVALID', 'import.errors.noRows');
    if (read.problem === 'TOO_MANY_ROWS') throw new AppError('INVALID', 'import.errors.tooManyRows', { max: MAX_ROWS });
    if (read.header.duplicate)
      throw new AppError('INVALID', 'import.errors.duplicateColumn', { column: read.header.duplicate });
    const columns = read.header.missing.map((f) =>
      message('import.errors.columnName', { name: CHINESE_HEADERS[f], field: f }),
    );
    throw new AppError('INVALID', 'import.errors.missingColumns', { columns });
  }
  const context = await loadContext(user, read.records, now);
  const result = validateImport(read.records, { ...context, confirmImplausible: file.confirmImplausible === true });
  if (result.problems.length > 0) {
    const fieldErrors: FieldErrors = {};
    for (const p of result.problems) (fieldErrors[String(p.line)] ??= []).push(describeProblem(p));
    const count = Object.keys(fieldErrors).length;
    if (result.problems.some((p) => p.key.startsWith('implausible')))
      fieldErrors[CONFIRM_IMPLAUSIBLE] = [message('import.errors.confirmImplausible')];
    throw new AppError('INVALID', 'import.errors.refused', { count }, fieldErrors);
  }
  return {
    fileName: file.fileName,
    kind: sniffed.kind,
    encoding: read.encoding,
    rows: read.records.length,
    unchanged: result.unchanged,
    empty: result.empty,
    changes: result.changes,
  };
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** Creates the row, or updates it only if it is still at the version the check read; otherwise the month is stale. */
async function writeChange(tx: Tx, change: ImportChange, userId: number, stale: () => StaleVersion): Promise<number> {
  const { plan, month } = change;
  if (change.kind === 'ACTUAL') {
    const data: Figures = change.after;
    if (!change.before) {
      const created = await tx.monthlyActual
        .create({
          data: { indicatorId: change.indicator.id, month, ...data, updatedById: userId },
          select: { id: true },
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw stale();
          throw e;
        });
      await writeDeviation(tx, created.id, change.deviation);
      return created.id;
    }
    const updated = await tx.monthlyActual.updateMany({
      where: { id: change.before.id, version: change.before.version },
      data: { ...data, updatedById: userId, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw stale();
    await writeDeviation(tx, change.before.id, change.deviation);
    return change.before.id;
  }
  if (!change.before) {
    const created = await tx.budgetExecution
      .create({ data: { planId: plan.planId, month, ...change.after, updatedById: userId }, select: { id: true } })
      .catch((e: unknown) => {
        if (isUniqueViolation(e)) throw stale();
        throw e;
      });
    return created.id;
  }
  const updated = await tx.budgetExecution.updateMany({
    where: { id: change.before.id, version: change.before.version },
    data: { ...change.after, updatedById: userId, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw stale();
  return change.before.id;
}

/** The row's deviation record replaces the stored one; a row without one leaves the stored one as it is. */
async function writeDeviation(tx: Tx, actualId: number, deviation: DeviationFields | undefined) {
  if (!deviation) return;
  await tx.deviationRecord.upsert({ where: { actualId }, create: { actualId, ...deviation }, update: deviation });
}

const figuresOf = (a: StoredActual | null): Figures | null =>
  a && { value: a.value, numerator: a.numerator, denominator: a.denominator, rating: a.rating, note: a.note };

/**
 * Applies a checked import in one transaction: each touched month back to (or created as) a draft with its version
 * bumped — refused as a whole with the conflict message if any month, figure or spending row changed since the check
 * — its figures and spending written, one audit event per row and month as the entry page writes them, and one
 * IMPORT event for the file.
 */
export async function applyImport(user: SessionUser, checked: CheckedImport): Promise<ImportSummary> {
  assertCan(user, 'actuals.import');
  const groups = new Map<string, ImportChange[]>();
  for (const c of checked.changes) {
    const key = `${c.plan.unitCode}:${c.plan.year}:${String(c.month).padStart(2, '0')}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const months = [...groups.keys()].sort().map((key) => {
    const [first] = groups.get(key)!;
    return {
      unitCode: first.plan.unitCode,
      unitName: first.plan.unitName,
      year: first.plan.year,
      month: first.month,
      rows: groups.get(key)!.length,
    };
  });
  const summary: ImportSummary = {
    fileName: checked.fileName,
    changed: checked.changes.length,
    unchanged: checked.unchanged,
    months,
  };
  if (checked.changes.length === 0) return summary;
  const source = { source: 'IMPORT', fileName: checked.fileName };

  await monthTransaction(async (tx) => {
    for (const key of [...groups.keys()].sort()) {
      const changes = groups.get(key)!;
      const { plan, month } = changes[0];
      const before = plan.reports.get(month) ?? null;
      const state = transitionOrThrow(before?.state ?? null, 'SAVE');
      if (!canSeeUnit(user, plan.unitId))
        throw new AppError('FORBIDDEN', 'import.errors.otherUnit', { unit: plan.unitCode });
      const report = await bumpReport(tx, { id: plan.planId }, month, before?.version ?? 0, {
        state,
        updatedById: user.id,
      });
      const audit = { userId: user.id, unitId: plan.unitId };
      const stale = () => new StaleVersion(plan.planId, month);
      for (const change of changes) {
        const id = await writeChange(tx, change, user.id, stale);
        if (change.kind === 'ACTUAL') {
          await recordAudit(tx, {
            ...audit,
            action: 'ACTUAL_SAVE',
            entity: 'MonthlyActual',
            entityId: id,
            before: figuresOf(change.before),
            after: {
              ...change.after,
              ...(change.deviation ? { deviation: change.deviation } : {}),
              indicatorId: change.indicator.id,
              month,
              ...source,
            },
          });
        } else {
          await recordAudit(tx, {
            ...audit,
            action: 'BUDGET_SAVE',
            entity: 'BudgetExecution',
            entityId: id,
            before: change.before && { spent: change.before.spent, planned: change.before.planned },
            after: { ...change.after, month, ...source },
          });
        }
      }
      await recordAudit(tx, {
        ...audit,
        action: 'MONTH_SAVE',
        entity: 'MonthReport',
        entityId: report.id,
        before: before && { state: before.state, version: before.version },
        after: { state, version: report.version, year: plan.year, month, unitCode: plan.unitCode, ...source },
      });
    }
    const unitIds = new Set(checked.changes.map((c) => c.plan.unitId));
    await recordAudit(tx, {
      userId: user.id,
      unitId: unitIds.size === 1 ? [...unitIds][0] : null,
      action: 'IMPORT',
      entity: 'Import',
      entityId: null,
      after: {
        fileName: checked.fileName,
        format: checked.kind,
        encoding: checked.encoding,
        rows: checked.rows,
        changed: checked.changes.length,
        unchanged: checked.unchanged,
        empty: checked.empty,
        months,
      },
    });
  });
  return summary;
}

/** Checks the file and, when every row is right, applies it: all rows or none. */
export async function importActuals(
  user: SessionUser,
  file: ImportFile,
  options: Options = {},
): Promise<ImportSummary> {
  return applyImport(user, await checkImport(user, file, options));
}

export type TemplateFile = { body: Buffer; fileName: string; asciiFileName: string; contentType: string };

/** The unit's template for the year (CSV or XLSX), pre-filled with what is stored. */
export async function getImportTemplate(
  user: SessionUser,
  key: { unitCode: string; year: number },
  format: 'xlsx' | 'csv',
): Promise<TemplateFile> {
  assertCan(user, 'actuals.import');
  const found = await findPlan(prisma, user, { ...key, month: 1 });
  const plan = await loadImportPlan(prisma, found.id);
  const rows = templateRows(plan, plan.baseUnits);
  const title = `${plan.unitName} ${plan.year}年 月度数据导入模板`;
  const body = format === 'csv' ? renderTemplateCsv(rows) : await renderTemplateXlsx(rows, title);
  return {
    body,
    fileName: `导入模板_${plan.unitName}_${plan.year}年.${format}`,
    asciiFileName: `import-template-${plan.unitCode}-${plan.year}.${format}`,
    contentType:
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
