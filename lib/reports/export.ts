import 'server-only';
import { clock } from '@/lib/clock';
import { can, canSeeUnit, type SessionUser } from '@/lib/auth/permissions';
import { listPlanPerformance, type PlanPerformance } from '@/lib/data/performance';
import { listUnitsByCode, recordExport } from '@/lib/data/reports';
import { AppError } from '@/lib/errors';
import { buildReport } from './build';
import { renderCsv } from './csv';
import { CONTENT_TYPES, contentDisposition, downloadFileNames, type FileNaming, reportNaming } from './file-name';
import type { ReportModel } from './model';
import { reportKindsOf, type ReportParams } from './params';
import { renderPdf } from './pdf';
import { renderXlsx } from './xlsx';

export type ReportFile = {
  body: Buffer;
  contentType: string;
  fileName: string;
  asciiFileName: string;
  contentDisposition: string;
};
type Options = { now?: Date };

/** The export permission and, for named units, that each exists and is visible to the user. */
export async function assertMayExport(user: SessionUser, units: string[] | 'all'): Promise<void> {
  if (!can(user, 'reports.export')) throw new AppError('FORBIDDEN', 'reports.api.forbidden');
  if (units === 'all') return;
  const found = await listUnitsByCode(units);
  const missing = units.filter((code) => !found.some((u) => u.code === code));
  if (missing.length > 0) throw new AppError('NOT_FOUND', 'reports.api.unitNotFound', { units: missing.join('、') });
  const hidden = found.filter((u) => !canSeeUnit(user, u.id));
  if (hidden.length > 0)
    throw new AppError('FORBIDDEN', 'reports.api.unitForbidden', { units: hidden.map((u) => u.code).join('、') });
}

/**
 * A year's plans as of the month asked for; without one, every unit as of the latest month with data in any of them
 * (so units compare as of the same month).
 */
export async function loadAlignedPlans(
  user: SessionUser,
  query: { units: string[] | 'all'; year: number; approvedOnly: boolean; now: Date; withMonthly?: boolean },
  month: number | null,
): Promise<PlanPerformance[]> {
  const plans = await listPlanPerformance(user, { ...query, asOf: month });
  if (plans.length === 0) return plans;
  const asOf = month ?? Math.max(1, ...plans.map((p) => p.latestMonthWithData ?? 1));
  return plans.some((p) => p.asOf !== asOf) ? listPlanPerformance(user, { ...query, asOf }) : plans;
}

/**
 * The report models for the user and the query: permission, unit visibility, then the data layer's figures once.
 * Without an as-of month, every unit is reported as of the latest month with data in any of them.
 */
export async function loadReportModels(
  user: SessionUser,
  params: Omit<ReportParams, 'format'>,
  options: Options = {},
): Promise<{ models: ReportModel[]; plans: PlanPerformance[] }> {
  const now = options.now ?? clock.now();
  await assertMayExport(user, params.units);
  // only the 月度明细 shows the month-by-month series
  const withMonthly = reportKindsOf(params.kind).includes('monthly');
  const plans = await loadAlignedPlans(
    user,
    { units: params.units, year: params.year, approvedOnly: params.approvedOnly, now, withMonthly },
    params.month,
  );
  if (plans.length === 0) throw new AppError('NOT_FOUND', 'reports.api.noPlans', { year: params.year });
  const asOf = plans[0].asOf;
  const meta = { year: params.year, asOf, approvedOnly: params.approvedOnly, generatedAt: now, generatedBy: user.name };
  return { models: reportKindsOf(params.kind).map((kind) => buildReport(kind, plans, meta)), plans };
}

/** Builds the file, then records the download (action EXPORT) before handing it over. */
export async function exportReport(
  user: SessionUser,
  params: ReportParams,
  options: Options = {},
): Promise<ReportFile> {
  const { models, plans } = await loadReportModels(user, params, options);
  const body =
    params.format === 'xlsx'
      ? await renderXlsx(models)
      : params.format === 'pdf'
        ? await renderPdf(models)
        : renderCsv(models[0]);
  return recordedDownload(user, params, plans, models[0].meta.asOf, {
    ...reportNaming(params.kind),
    report: params.kind,
    format: params.format,
    contentType: CONTENT_TYPES[params.format],
    body,
  });
}

type DownloadQuery = Pick<ReportParams, 'units' | 'year' | 'approvedOnly'>;

/** Audits a download of the plans' figures (action EXPORT): what was asked for, which units, which file. */
async function recordPlansExport(
  user: SessionUser,
  query: DownloadQuery,
  plans: PlanPerformance[],
  event: { report: string; format: string; asOf: number; fileName: string; bytes: number },
): Promise<void> {
  const units = plans.map((p) => p.unit);
  await recordExport(user, {
    ...event,
    year: query.year,
    approvedOnly: query.approvedOnly,
    units: units.map((u) => u.code),
    unitId: units.length === 1 ? units[0].id : null,
  });
}

/**
 * A built file of the plans as of a month, named after its units and months, its download recorded (action EXPORT)
 * before it is handed over: the one ending of every report download.
 */
export async function recordedDownload(
  user: SessionUser,
  query: DownloadQuery,
  plans: PlanPerformance[],
  asOf: number,
  file: FileNaming & { report: string; format: string; contentType: string; body: Buffer },
): Promise<ReportFile> {
  const { fileName, asciiFileName } = downloadFileNames({
    title: file.title,
    asciiStem: file.asciiStem,
    extension: file.format,
    year: query.year,
    asOf,
    units: plans.map((p) => p.unit),
    isAllUnits: query.units === 'all',
  });
  await recordPlansExport(user, query, plans, {
    report: file.report,
    format: file.format,
    asOf,
    fileName,
    bytes: file.body.length,
  });
  return {
    body: file.body,
    contentType: file.contentType,
    fileName,
    asciiFileName,
    contentDisposition: contentDisposition(fileName, asciiFileName),
  };
}

/** The printable page: all three reports, recorded like a download (format 'print'). */
export async function loadPrintableReports(
  user: SessionUser,
  params: Omit<ReportParams, 'format' | 'kind'>,
  options: Options = {},
) {
  const loaded = await loadReportModels(user, { ...params, kind: 'all' }, options);
  const asOf = loaded.models[0].meta.asOf;
  await recordPlansExport(user, params, loaded.plans, { report: 'all', format: 'print', asOf, fileName: '', bytes: 0 });
  return loaded;
}
