import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { recordExport } from '@/lib/data/reports';
import { renderSelfEvaluationDocx } from './docx';
import { type ReportFile, loadReportModels } from './export';
import { contentDisposition } from './file-name';
import { monthsLabel } from './labels';
import type { ReportParams } from './params';
import { draftSelfEvaluation } from './self-evaluation-draft';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The 绩效自评报告 (.docx) for the query: the same permission, visibility and 绩效自评表 model as the exports, one
 * section per unit; recorded as a download.
 */
export async function exportSelfEvaluationReport(
  user: SessionUser,
  params: Omit<ReportParams, 'format' | 'kind'>,
  options: { now?: Date } = {},
): Promise<ReportFile> {
  const { models, plans } = await loadReportModels(user, { ...params, kind: 'self-evaluation' }, options);
  const [model] = models;
  const body = await renderSelfEvaluationDocx(plans.map((plan) => draftSelfEvaluation(plan, model)));
  const asOf = model.meta.asOf;
  const units = plans.map((p) => p.unit);
  const who = params.units === 'all' ? '全部单位' : units.length === 1 ? units[0].name : `${units.length}个单位`;
  const codes =
    params.units === 'all' ? 'all' : units.length <= 3 ? units.map((u) => u.code).join('-') : `${units.length}-units`;
  const fileName = `绩效自评报告_${who}_${params.year}年${monthsLabel(asOf)}.docx`;
  const asciiFileName = `self-evaluation-report-${codes}-${params.year}-${String(asOf).padStart(2, '0')}.docx`;
  await recordExport(user, {
    report: 'self-evaluation-report',
    format: 'docx',
    year: params.year,
    asOf,
    approvedOnly: params.approvedOnly,
    units: units.map((u) => u.code),
    unitId: units.length === 1 ? units[0].id : null,
    fileName,
    bytes: body.length,
  });
  return {
    body,
    contentType: DOCX_CONTENT_TYPE,
    fileName,
    asciiFileName,
    contentDisposition: contentDisposition(fileName, asciiFileName),
  };
}
