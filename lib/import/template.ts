// The import template: one row per indicator × month (and one BUDGET row per month), pre-filled with what is stored,
// as CSV (UTF-8 with BOM) or XLSX (a 数据 sheet and a 填写说明 sheet). Reading it back unchanged changes nothing.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseCsvText } from '@/lib/reports/csv';
import {
  BUDGET_CODE,
  BUDGET_NAME,
  causesText,
  CHINESE_HEADERS,
  IMPORT_FIELDS,
  type ImportField,
  likelihoodText,
  RATING_LABELS,
} from './columns';
import { MONTH_ROW_FIELDS } from '@/lib/validation/month-figures';
import { actualKey, type ImportIndicator, type ImportPlan } from './validate';

export type TemplateIndicator = { code: string; baseUnit: string };
export type TemplateRow = Record<ImportField, string>;

/** "受理群众诉求数量（件）", "话务接通率（接通量/呼入量）": the name column tells what the figures are. */
function indicatorLabel(i: ImportIndicator, baseUnit: string): string {
  if (i.kind === 'RATIO') return `${i.name}（${i.numeratorLabel ?? '分子'}/${i.denominatorLabel ?? '分母'}）`;
  if (i.kind === 'COUNT') return baseUnit ? `${i.name}（${baseUnit}）` : i.name;
  return `${i.name}（评级）`;
}

// the budget row fills only its spent (value) and planned (denominator) amounts
const BLANK_MONTH_ROW = Object.fromEntries(MONTH_ROW_FIELDS.map((f) => [f, ''])) as Record<
  (typeof MONTH_ROW_FIELDS)[number],
  string
>;

/** Months 1–12, each with its indicators in plan order (budget-derived ones excepted) and then its BUDGET row. */
export function templateRows(plan: ImportPlan, baseUnits: ReadonlyMap<string, string> = new Map()): TemplateRow[] {
  const rows: TemplateRow[] = [];
  const where = { unitCode: plan.unitCode, year: String(plan.year) };
  for (let month = 1; month <= 12; month++) {
    for (const i of plan.indicators.values()) {
      if (i.isBudgetDerived) continue;
      const a = plan.actuals.get(actualKey(i.id, month));
      rows.push({
        ...where,
        month: String(month),
        indicatorCode: i.code,
        indicatorName: indicatorLabel(i, baseUnits.get(i.code) ?? ''),
        value: a?.value ?? '',
        numerator: a?.numerator ?? '',
        denominator: a?.denominator ?? '',
        rating: a?.rating ? RATING_LABELS[a.rating] : '',
        note: a?.note ?? '',
        causes: a?.deviation ? causesText(a.deviation.causes) : '',
        analysis: a?.deviation?.analysis ?? '',
        measures: a?.deviation?.measures ?? '',
        likelihood: likelihoodText(a?.deviation?.likelihood ?? null),
      });
    }
    const b = plan.budget.get(month);
    rows.push({
      ...BLANK_MONTH_ROW,
      ...where,
      month: String(month),
      indicatorCode: BUDGET_CODE,
      indicatorName: `${BUDGET_NAME}（元）`,
      value: b?.spent ?? '',
      denominator: b?.planned ?? plan.defaultPlanned[month - 1] ?? '',
    });
  }
  return rows;
}

const HEADER = IMPORT_FIELDS.map((f) => CHINESE_HEADERS[f]);
// free text a person typed: neutralised against formula injection in the CSV, kept as text in the XLSX
const TEXT_FIELDS = new Set<ImportField>(['indicatorName', 'note', 'analysis', 'measures']);

/**
 * UTF-8 with BOM (Excel on Chinese Windows then reads it as UTF-8), CRLF; text a spreadsheet would run is neutralised.
 */
export function renderTemplateCsv(rows: readonly TemplateRow[]): Buffer {
  const body = rows.map((r) => IMPORT_FIELDS.map((f) => (TEXT_FIELDS.has(f) ? neutraliseCsvText(r[f]) : r[f])));
  return Buffer.from(`\uFEFF${stringify([HEADER, ...body], { record_delimiter: 'windows' })}`, 'utf8');
}

export const INSTRUCTIONS: [string, string][] = [
  ['单位编码', '单位的预算编码，例如 103603。热线管理员只能导入本单位的数据。'],
  ['年度', '四位数年份，例如 2026。该单位该年度须已有绩效目标。'],
  [
    '月份',
    '1–12 的整数。尚未开始的月份、已提交或已审核通过（锁定）的月份不能导入；只能导入草稿、已退回或尚未填报的月份。',
  ],
  [
    '指标编码',
    '绩效目标中的指标编码（如 I01、I02）；每月的支出填在指标编码为 BUDGET 的行。成本控制率由支出计算，不单独导入。',
  ],
  ['指标名称', '仅供参考，导入时不读取；括号内为数值的计量单位或分子/分母的含义。'],
  ['数值', '计数指标（如受理群众诉求数量）的本月数值，以基本单位填写（件，不是万件）。BUDGET 行：本月实际支出（元）。'],
  ['分子', '比率指标的分子（如接通量）。不要填写百分比。'],
  ['分母', '比率指标的分母（如呼入量），分子不能大于分母。BUDGET 行：本月计划支出（元），留空则保持系统中的计划支出。'],
  ['评级', '定性指标填写 达成、部分达成 或 未达成；其他指标留空。'],
  ['备注', '可选，最多 2000 字。BUDGET 行不填。'],
  [
    '偏差原因',
    '偏差说明（可选，四列同时填写）：经费保障、制度保障、人员保障、硬件条件保障、其他，可填多项，用顿号或逗号分隔。',
  ],
  ['偏差原因分析', '偏差说明：原因分析，最多 2000 字。'],
  ['改进措施', '偏差说明：改进措施，最多 2000 字。'],
  [
    '完成目标可能性',
    '偏差说明：确定能、有可能 或 完全不可能。四列都留空则保持系统中的偏差说明；未达标的指标也可先不填，提交前在月度填报页补充。',
  ],
];

const RULES = [
  '数字可写作 1,234,567、全角数字（１２３４）或带空格，不能为负数；数值、分子和分母是件数，须为整数，预算金额最多两位小数。',
  '每个单位、指标和月份只能有一行；整行的数值、分子、分母、评级和备注都为空的行不导入，导入不会清除系统中已有的数据。',
  '与系统中现有数据相同的行视为未修改，不作处理（锁定月份的行保持原样即可）。',
  '导入时先检查每一行：全部正确才导入；有任何一行有误，则不导入任何数据，并列出有误的行号和原因。',
  '导入的月份保存为草稿，不会提交审核；导入后请到月度填报页检查偏差说明并提交。',
  '表头可用中文（单位编码、年度、月份、指标编码、指标名称、数值、分子、分母、评级、备注、偏差原因、偏差原因分析、改进措施、完成目标可能性）或英文（unitCode, year, month, indicatorCode, indicatorName, value, numerator, denominator, rating, note, causes, analysis, measures, likelihood）。',
  'CSV 文件可用 UTF-8（含或不含 BOM）或 GB18030（中文 Windows 版 Excel 默认的“CSV（逗号分隔）”）编码。',
];

// a canonical decimal string as an Excel number when the number holds it exactly, else as text
const numberCell = (s: string): string | number => (s !== '' && String(Number(s)) === s ? Number(s) : s);

export async function renderTemplateXlsx(rows: readonly TemplateRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '12345热线绩效目标管理';
  const sheet = workbook.addWorksheet('数据', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_FIELDS.map((f) => ({
    header: CHINESE_HEADERS[f],
    key: f,
    width: f === 'indicatorName' ? 34 : TEXT_FIELDS.has(f) ? 30 : f === 'unitCode' || f === 'indicatorCode' ? 11 : 14,
    style: f === 'unitCode' || f === 'indicatorCode' || TEXT_FIELDS.has(f) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      ...r,
      year: Number(r.year),
      month: Number(r.month),
      value: numberCell(r.value),
      numerator: numberCell(r.numerator),
      denominator: numberCell(r.denominator),
    });
  }
  const ratingCol = IMPORT_FIELDS.indexOf('rating') + 1;
  for (let line = 2; line <= rows.length + 1; line++) {
    sheet.getCell(line, ratingCol).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"达成,部分达成,未达成"'],
    };
  }
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 14 }, { width: 100 }];
  help.addRow([title]).font = { bold: true, size: 14 };
  help.addRow([]);
  help.addRow(['列', '说明']).font = { bold: true };
  for (const [name, text] of INSTRUCTIONS) help.addRow([name, text]);
  help.addRow([]);
  help.addRow(['规则']).font = { bold: true };
  RULES.forEach((text, i) => help.addRow([`${i + 1}`, text]));
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
