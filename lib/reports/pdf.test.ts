import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { pdfFilledShapes, pdfTextItems } from '@/e2e/support/pdf-read';
import { countChartRows } from '@/lib/dashboard/chart-data';
import { buildMonitoringReport, buildMonthlyReport, buildSelfEvaluationReport } from './build';
import { planCharts } from './charts';
import { FIXTURE_META as META, fixturePlan } from './fixture-plan';
import type { ReportModel } from './model';
import { fontBytes } from './fonts';
import { joinFinishedPages, renderPdf } from './pdf';
import { CHART_COLORS } from './pdf-charts';
import { textHeightOf, writeText } from './pdf-text';

describe('indicator charts in the PDF', () => {
  const plan = fixturePlan();

  test('every COUNT/RATIO indicator is charted once per unit, with its title, legend and target', async () => {
    const pdf = await renderPdf([buildMonitoringReport([plan], META), buildSelfEvaluationReport([plan], META)]);
    const text = (await pdfTextItems(pdf)).map((i) => i.str).join('\n');
    const charts = planCharts(plan);
    // the fixture: a volume (cumulative + monthly) and two rates (monthly)
    expect(charts.map((c) => c.title)).toEqual([
      '受理群众诉求数量：累计完成与序时进度',
      '受理群众诉求数量：月度完成值',
      '话务接通率：月度完成值',
      '一次办结率：月度完成值',
    ]);
    for (const chart of charts) expect(text.split(chart.title)).toHaveLength(2);
    for (const legend of ['累计完成', '序时进度', '全年预计', '当月值', '累计完成率', '上年同期'])
      expect(text).toContain(legend);
    expect(text).toContain('目标 1,250.00万件');
    expect(text).toContain('目标 90.00%');
    expect(text).toContain('指标图表（截至3月）');
  }, 60_000);

  test('the bars are the page’s chart data: one per month with a value, heights in proportion to the values', async () => {
    const pdf = await renderPdf([buildSelfEvaluationReport([plan], META)]);
    const isSwatch = (s: { width: number; height: number }) =>
      Math.abs(s.width - 8) < 0.01 && Math.abs(s.height - 6) < 0.01;
    const bars = (await pdfFilledShapes(pdf, CHART_COLORS.bar)).filter((s) => !isSwatch(s));
    // volume monthly bars first (the cumulative chart has none), then 3 + 3 rate bars
    expect(bars).toHaveLength(9);
    const volume = countChartRows(plan.indicators[0])
      .filter((r) => r.value !== null)
      .map((r) => r.value!);
    expect(volume).toEqual([100, 90, 110]);
    const heights = bars.slice(0, 3).map((b) => b.height);
    for (let i = 1; i < 3; i++) expect(heights[i] / heights[0]).toBeCloseTo(volume[i] / volume[0], 3);
  }, 60_000);
});

describe('PDF layout', () => {
  const plan = fixturePlan();

  test('a table’s heading is never the last line of a page: it moves to the next page with its table', async () => {
    const base = buildMonitoringReport([plan], META);
    const filler = base.sections[0].blocks[1];
    // a first table that grows row by row pushes the second table's heading down the page and over its end
    for (let rows = 1; rows <= 30; rows += 1) {
      const model: ReportModel = {
        ...base,
        sections: [
          {
            unit: null,
            lines: [],
            blocks: [
              { ...filler, key: 'first', title: '第一表', rows: Array.from({ length: rows }, () => filler.rows[0]) },
              { ...filler, key: 'second', title: '第二表' },
            ],
          },
        ],
      };
      const items = await pdfTextItems(await renderPdf([model]));
      const heading = items.find((i) => i.str.includes('第二表'))!;
      const header = items.find((i) => i.y > heading.y && i.page === heading.page && i.str === filler.columns[0].label);
      expect(header, `${rows} rows above: heading on page ${heading.page} without its table`).toBeDefined();
    }
  }, 60_000);

  test('the unit code column never wraps', async () => {
    const pdf = await renderPdf([buildMonthlyReport([plan], META)]);
    const items = await pdfTextItems(pdf);
    const codes = items.filter((i) => /^\d+$/.test(i.str) && '103603'.startsWith(i.str) && i.str.length > 1);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((i) => i.str === '103603')).toBe(true);
  }, 60_000);
});

type Doc = InstanceType<typeof PDFDocument>;

describe('PDF measuring shortcuts', () => {
  const newDoc = () => {
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', bufferPages: true });
    doc.registerFont('cjk', fontBytes('regular'));
    doc.registerFont('cjk-bold', fontBytes('bold'));
    return doc;
  };

  test('a text’s height is pdfkit’s own measure, one line or several', () => {
    const doc = newDoc();
    const texts = [
      '√',
      '1,250.00',
      '90.12%',
      '受理群众诉求数量',
      '≥1250万件（调整前：≥1200万件）',
      'A longer English text',
    ];
    for (const face of ['cjk', 'cjk-bold'] as const)
      for (const width of [8, 20, 45, 60, 120, 400])
        for (const text of texts) {
          doc.y = 123.4;
          const expected = doc.font(face).fontSize(7.5).heightOfString(text, { width, lineGap: 1 });
          expect(textHeightOf(doc, text, { face, size: 7.5, width, lineGap: 1 }), `${text} in ${width}`).toBe(expected);
        }
  });

  test('a line that fits is drawn where pdfkit’s line wrapper draws it, and leaves the position as it does', () => {
    // what a document is asked to draw, numbers to two decimals (the last digit of a position may differ by the kerning
    // across words, which the wrapper measures word by word)
    const drawn = (draw: (doc: Doc) => void) => {
      const doc = newDoc();
      const operations: string[] = [];
      const addContent = doc.addContent.bind(doc);
      doc.addContent = (data: string) => (operations.push(data), addContent(data));
      draw(doc);
      const rounded = (text: string) => text.replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(2));
      return { operations: operations.map(rounded), x: doc.x.toFixed(2), y: doc.y.toFixed(2) };
    };
    const texts = ['√', '1,250.00', '90.12%', '受理群众诉求数量', '≥1250万件（调整前：≥1200万件）', 'A longer text '];
    for (const face of ['cjk', 'cjk-bold'] as const)
      for (const align of ['left', 'center', 'right'] as const)
        for (const text of texts) {
          const options = { width: 160, align, lineGap: 1 };
          const own = drawn((doc) => doc.font(face).fontSize(7.5).text(text, 40.5, 60.25, options));
          const ours = drawn((doc) => writeText(doc, text, 40.5, 60.25, { face, size: 7.5, ...options }));
          expect(ours, `${text}, ${face}, ${align}`).toEqual(own);
        }
  });

  test('a finished page’s drawing operations are joined into one chunk when the next page is added', () => {
    const doc = newDoc();
    joinFinishedPages(doc);
    for (let page = 0; page < 3; page++) {
      doc.addPage();
      for (let line = 0; line < 20; line++) doc.rect(10, 10 + line * 5, 50, 4).stroke();
    }
    const pages = (doc as unknown as { _pageBuffer: { content: { buffer: unknown[] } }[] })._pageBuffer;
    // the first page pdfkit opens by itself, then three of ours: only the one still being drawn is in pieces
    expect(pages.map((p) => p.content.buffer.length > 1)).toEqual([false, false, false, true]);
  });
});
