import { monthsLabel } from './labels';
import type { ExportKind, ReportFormat } from './params';

const TITLES: Record<ExportKind, string> = {
  monitoring: '绩效运行监控表',
  'self-evaluation': '绩效自评表',
  monthly: '月度明细',
  all: '绩效报表',
};

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/** How a download is named: its title in Chinese and the start of its ASCII name. */
export type FileNaming = { title: string; asciiStem: string };

type NameInput = FileNaming & {
  extension: string;
  year: number;
  asOf: number;
  units: { code: string; name: string }[];
  isAllUnits: boolean;
};

/** "<title>_<unit, 全部单位 or N个单位>_2026年1–10月.<extension>", and an ASCII name for old clients. */
export function downloadFileNames({ title, asciiStem, extension, year, asOf, units, isAllUnits }: NameInput): {
  fileName: string;
  asciiFileName: string;
} {
  const who = isAllUnits ? '全部单位' : units.length === 1 ? units[0].name : `${units.length}个单位`;
  const codes = isAllUnits ? 'all' : units.length <= 3 ? units.map((u) => u.code).join('-') : `${units.length}-units`;
  return {
    fileName: `${title}_${who}_${year}年${monthsLabel(asOf)}.${extension}`,
    asciiFileName: `${asciiStem}-${codes}-${year}-${String(asOf).padStart(2, '0')}.${extension}`,
  };
}

/** A report's naming: "绩效自评表_福建省12345政务服务便民热线中心_2026年1–10月.xlsx", report-self-evaluation-…. */
export const reportNaming = (kind: ExportKind): FileNaming => ({ title: TITLES[kind], asciiStem: `report-${kind}` });

/** RFC 6266 / 5987: a plain ASCII filename plus filename*=UTF-8''… with every non-token byte percent-encoded. */
export function contentDisposition(fileName: string, asciiFileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = asciiFileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
