// Vector charts in the PDF (pdfkit paths, no screenshots): one box per ReportChart, two by two on a landscape page.
import type PDFDocument from 'pdfkit';
import type { ChartLine, ReportChart } from './model';
import { formatNumber } from '@/lib/format';
import { writeText } from './pdf-text';

type Doc = InstanceType<typeof PDFDocument>;
type Box = { x: number; y: number; w: number; h: number };

export const CHART_COLORS = { bar: '#4c78a8', target: '#c0392b', axis: '#7b8794', grid: '#e4e7eb' } as const;
const LINE_COLORS: Record<ChartLine['style'], string> = { solid: '#1f3a5f', dotted: '#6b7280', dashed: '#d97706' };
const TEXT = '#111111';
const AXIS_WIDTH = 42;
const MONTH_AXIS = 12;

/** Round tick steps (1, 2, 5 × 10^k) covering [lo, hi] in about five steps; bars and volumes start at zero. */
export function niceScale(lo: number, hi: number): { min: number; max: number; step: number } {
  if (hi <= lo) hi = lo + 1;
  const rough = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough)!;
  return { min: Math.floor(lo / step) * step, max: Math.ceil(hi / step) * step, step };
}

function scaleOf(chart: ReportChart) {
  const values = [...(chart.bars?.values ?? []), ...chart.lines.flatMap((l) => l.values)].filter(
    (v): v is number => v !== null,
  );
  if (chart.target) values.push(chart.target.value);
  const hi = Math.max(0, ...values);
  // rates sit in a narrow band near 100%: start the axis just below the lowest one, as the page does
  const lo = chart.unit === '%' ? Math.max(0, Math.min(hi, ...values) - 2) : Math.min(0, ...values);
  return niceScale(lo, hi);
}

function label(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'center' | 'right') {
  doc.fillColor(TEXT);
  writeText(doc, text, x, y, { face: 'cjk', size: 6.5, width, align, lineBreak: false });
}

function drawLegend(doc: Doc, chart: ReportChart, x: number, y: number) {
  const items: { text: string; draw: (x: number) => void }[] = [];
  if (chart.bars)
    items.push({ text: chart.bars.label, draw: (at) => doc.rect(at, y + 1, 8, 6).fill(CHART_COLORS.bar) });
  for (const line of chart.lines)
    items.push({
      text: line.label,
      draw: (at) =>
        strokeLine(doc, line.style, LINE_COLORS[line.style], [
          [at, y + 4],
          [at + 12, y + 4],
        ]),
    });
  if (chart.target)
    items.push({
      text: chart.target.label,
      draw: (at) =>
        strokeLine(doc, 'solid', CHART_COLORS.target, [
          [at, y + 4],
          [at + 12, y + 4],
        ]),
    });
  let at = x;
  for (const item of items) {
    item.draw(at);
    const width = doc.font('cjk').fontSize(6.5).widthOfString(item.text);
    label(doc, item.text, at + 15, y, width + 2, 'left');
    at += 15 + width + 10;
  }
}

function strokeLine(doc: Doc, style: ChartLine['style'], color: string, points: [number, number][]) {
  doc.save().lineWidth(style === 'solid' ? 1.3 : 1);
  if (style === 'dashed') doc.dash(4, { space: 2.5 });
  if (style === 'dotted') doc.dash(1.2, { space: 1.8 });
  points.forEach(([px, py], i) => (i === 0 ? doc.moveTo(px, py) : doc.lineTo(px, py)));
  doc.stroke(color).undash().restore();
}

/** One chart in its box: title, legend, value axis with grid, month axis, bars, lines, the target line. */
export function drawChart(doc: Doc, chart: ReportChart, box: Box) {
  doc.fillColor(TEXT);
  writeText(doc, chart.title, box.x, box.y, { face: 'cjk-bold', size: 8.5, width: box.w, lineBreak: false });
  drawLegend(doc, chart, box.x + AXIS_WIDTH, box.y + 14);
  const plot = { x: box.x + AXIS_WIDTH, y: box.y + 30, w: box.w - AXIS_WIDTH - 6, h: box.h - 30 - MONTH_AXIS };
  const { min, max, step } = scaleOf(chart);
  const yOf = (v: number) => plot.y + plot.h - ((v - min) / (max - min)) * plot.h;
  const slot = plot.w / 12;
  const xOf = (month: number) => plot.x + slot * (month - 0.5);
  for (let tick = min; tick <= max + step / 2; tick += step) {
    doc
      .save()
      .lineWidth(0.4)
      .moveTo(plot.x, yOf(tick))
      .lineTo(plot.x + plot.w, yOf(tick))
      .stroke(CHART_COLORS.grid)
      .restore();
    label(
      doc,
      `${formatNumber(tick, 'zh-CN', step < 1 ? 1 : 0)}${chart.unit}`,
      box.x,
      yOf(tick) - 3,
      AXIS_WIDTH - 3,
      'right',
    );
  }
  doc
    .save()
    .lineWidth(0.6)
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.h)
    .lineTo(plot.x + plot.w, plot.y + plot.h)
    .stroke(CHART_COLORS.axis)
    .restore();
  for (let month = 1; month <= 12; month++)
    label(doc, `${month}月`, xOf(month) - slot / 2, plot.y + plot.h + 3, slot, 'center');
  chart.bars?.values.forEach((value, i) => {
    if (value === null) return;
    const top = yOf(Math.max(value, min));
    doc.rect(xOf(i + 1) - slot * 0.3, top, slot * 0.6, plot.y + plot.h - top).fill(CHART_COLORS.bar);
  });
  for (const line of chart.lines) {
    // a line breaks where a month has no value; a lone point is a short tick
    let run: [number, number][] = [];
    const flush = () => {
      if (run.length === 1) run.push([run[0][0] + 0.01, run[0][1]]);
      if (run.length > 1) strokeLine(doc, line.style, LINE_COLORS[line.style], run);
      run = [];
    };
    line.values.forEach((value, i) => (value === null ? flush() : run.push([xOf(i + 1), yOf(value)])));
    flush();
  }
  if (chart.target) {
    const y = yOf(chart.target.value);
    strokeLine(doc, 'solid', CHART_COLORS.target, [
      [plot.x, y],
      [plot.x + plot.w, y],
    ]);
    const text = `${chart.target.label} ${formatNumber(chart.target.value, 'zh-CN', chart.digits)}${chart.unit}`;
    label(doc, text, plot.x + plot.w - 120, y - 9, 118, 'right');
  }
}

/** The charts two by two per page, each page headed; `newPage` adds a page and returns the top of its free area. */
export function drawChartPages(
  doc: Doc,
  charts: ReportChart[],
  area: { left: number; width: number; bottom: number },
  newPage: () => number,
) {
  const gap = 18;
  for (let i = 0; i < charts.length; i += 4) {
    const top = newPage();
    const w = (area.width - gap) / 2;
    const h = (area.bottom - top - gap) / 2;
    // labels near the bottom must not make pdfkit break the page
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    charts.slice(i, i + 4).forEach((chart, k) => {
      const box = { x: area.left + (k % 2) * (w + gap), y: top + Math.floor(k / 2) * (h + gap), w, h };
      drawChart(doc, chart, box);
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
