// Reads the 单位整体绩效目标表 out of the seed budget text (PDF extraction: tab-separated cells, blank cells where a
// 一级/二级指标 spans several rows), so the checked-in plan template can be proved to be exactly what is printed.
export type PrintedTable = {
  unitName: string;
  unitCode: string;
  budget: { total: number; project: number; basic: number };
  goal: string;
  rows: { level1: string; level2: string; name: string; targetText: string }[];
};

const cells = (line: string) => line.split('\t').map((cell) => cell.trim());

export function parsePrintedPlanTable(text: string): PrintedTable {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === '单位整体绩效目标表');
  if (start < 0) throw new Error('The seed text has no 单位整体绩效目标表.');
  const table = lines.slice(start);
  const find = (label: string) => {
    const line = table.find((l) => cells(l).includes(label));
    if (!line) throw new Error(`The 单位整体绩效目标表 has no ${label} cell.`);
    return cells(line);
  };
  const amount = (label: string) => Math.round(Number(find(label).filter(Boolean).at(-1)) * 10_000);
  const header = find('部门预算编码').filter(Boolean);
  const headerIndex = table.findIndex((l) => cells(l).includes('三级指标'));
  const rows: PrintedTable['rows'] = [];
  let level1 = '';
  let level2 = '';
  for (const line of table.slice(headerIndex + 1)) {
    const row = cells(line);
    if (row.length < 4 || !row.at(-1)) break;
    const [l1, l2, name, targetText] = row.slice(-4);
    level1 = l1 || level1;
    level2 = l2 || level2;
    rows.push({ level1, level2, name, targetText });
  }
  return {
    unitName: header[1],
    unitCode: header.at(-1)!,
    budget: { total: amount('资金总额'), project: amount('项目支出'), basic: amount('基本支出') },
    goal: find('年度总体目标').filter(Boolean)[1],
    rows,
  };
}

/** The extraction puts a space between a number and its unit and uses ASCII commas; the printed table has neither. */
export const asPrinted = (text: string) => text.replace(/\s+/g, '').replace(/,/g, '，');
