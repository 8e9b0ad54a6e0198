import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { renderSelfEvaluationDocx } from './docx';
import { type ReportFile, loadReportModels, recordedDownload } from './export';
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
  return recordedDownload(user, params, plans, model.meta.asOf, {
    title: '绩效自评报告',
    asciiStem: 'self-evaluation-report',
    report: 'self-evaluation-report',
    format: 'docx',
    contentType: DOCX_CONTENT_TYPE,
    body,
  });
}
