import PDFDocument from 'pdfkit';
import {
  type Column,
  type ReportBlock,
  type ReportModel,
  type ReportRow,
  type ReportSection,
  headerRows,
} from './model';
import { drawChartPages } from './pdf-charts';
import { type Face, textHeightOf, writeText } from './pdf-text';
import { cellAlign, cellText } from './display';
import { fontBytes } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = { top: 34, bottom: 40, left: 28, right: 28 };
const PAD = 3;
const TABLE_SIZE = 7.5;
const LINE_GAP = 1;
const HEADER_BG = '#e8eef5';
const RULE = '#7b8794';
const TEXT_COLOR = '#111111';

const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;
const bottomLimit = (doc: Doc) => doc.page.height - MARGIN.bottom;

/**
 * Column widths in points: the relative widths scaled to the page, except that a no-wrap column gets at least the
 * width of its longest text (header and cells), taken from the others.
 */
function scaledWidths(doc: Doc, block: ReportBlock): number[] {
  const { columns } = block;
  doc.font('cjk-bold').fontSize(TABLE_SIZE);
  const needed = columns.map((c) =>
    c.noWrap
      ? Math.max(...block.rows.map((r) => doc.widthOfString(cellText(r.cells[c.key] ?? null))), 0) + 2 * PAD + 1
      : 0,
  );
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const natural = columns.map((c) => (c.width / total) * contentWidth(doc));
  const widened = natural.map((w, i) => Math.max(w, needed[i]));
  const extra = widened.reduce((a, b) => a + b, 0) - contentWidth(doc);
  const shrinkable = columns.reduce((sum, c, i) => (needed[i] > natural[i] ? sum : sum + natural[i]), 0);
  return widened.map((w, i) => (needed[i] > natural[i] ? w : w - (extra * w) / shrinkable));
}

// A cell's text height by face, width and text, per document: the same labels, marks and figures recur in every
// unit's form, and the first row of a table is measured twice (to keep it with its heading, then to draw it).
const measured = new WeakMap<Doc, Map<string, number>>();

function textHeight(doc: Doc, text: string, width: number, face: Face): number {
  if (!text) return 0;
  let heights = measured.get(doc);
  if (!heights) measured.set(doc, (heights = new Map()));
  const key = `${face}|${width}|${text}`;
  let height = heights.get(key);
  if (height === undefined) {
    height = textHeightOf(doc, text, { face, size: TABLE_SIZE, width: width - 2 * PAD, lineGap: LINE_GAP });
    heights.set(key, height);
  } else {
    // measuring selects the face, and what follows (moveDown) goes by the face selected last
    doc.font(face).fontSize(TABLE_SIZE);
  }
  return height;
}

function drawCellText(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  height: number,
  align: 'left' | 'center' | 'right',
  font: Face,
  isMiddle: boolean,
  noWrap = false,
) {
  if (!text) return;
  const top = isMiddle ? y + (height - textHeight(doc, text, width, font)) / 2 : y + PAD;
  writeText(doc, text, x + PAD, top, {
    face: font,
    size: TABLE_SIZE,
    width: width - 2 * PAD,
    align,
    lineGap: LINE_GAP,
    lineBreak: !noWrap,
  });
}

/** Draws the block's header (group row merged across, ungrouped columns spanning both rows); returns its height. */
function drawHeader(doc: Doc, block: ReportBlock, widths: number[], y: number): number {
  const rows = headerRows(block.columns);
  const x0 = MARGIN.left;
  const left = (col: number) => x0 + widths.slice(0, col).reduce((a, b) => a + b, 0);
  const spanWidth = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const rowHeights = rows.map((spans) =>
    Math.max(
      14,
      ...spans
        .filter((s) => s.rowSpan === 1)
        .map((s) => textHeight(doc, s.label, spanWidth(s.colStart, s.colSpan), 'cjk-bold') + 2 * PAD),
    ),
  );
  if (rows.length === 2) {
    // an ungrouped column spanning both rows may need more room than the two rows give it
    const tall = Math.max(
      0,
      ...rows[0]
        .filter((s) => s.rowSpan === 2)
        .map((s) => textHeight(doc, s.label, spanWidth(s.colStart, 1), 'cjk-bold') + 2 * PAD),
    );
    if (tall > rowHeights[0] + rowHeights[1]) rowHeights[1] = tall - rowHeights[0];
  }
  rows.forEach((spans, r) => {
    const top = y + rowHeights.slice(0, r).reduce((a, b) => a + b, 0);
    for (const span of spans) {
      const h = rowHeights.slice(r, r + span.rowSpan).reduce((a, b) => a + b, 0);
      const x = left(span.colStart);
      const w = spanWidth(span.colStart, span.colSpan);
      doc.rect(x, top, w, h).fillAndStroke(HEADER_BG, RULE);
      doc.fillColor(TEXT_COLOR);
      drawCellText(doc, span.label, x, top, w, h, 'center', 'cjk-bold', true);
    }
  });
  return rowHeights.reduce((a, b) => a + b, 0);
}

function rowHeight(doc: Doc, row: ReportRow, columns: Column[], widths: number[]): number {
  const font: Face = row.isEmphasis ? 'cjk-bold' : 'cjk';
  return Math.max(
    14,
    ...columns.map((c, i) =>
      c.noWrap ? 0 : textHeight(doc, cellText(row.cells[c.key] ?? null), widths[i], font) + 2 * PAD,
    ),
  );
}

function drawRow(doc: Doc, row: ReportRow, columns: Column[], widths: number[], y: number, height: number) {
  // the row's cell borders as one path, the colours set once for the row rather than once per cell
  doc.lineWidth(0.5).strokeColor(RULE);
  let x = MARGIN.left;
  for (const width of widths) {
    doc.rect(x, y, width, height);
    x += width;
  }
  doc.stroke();
  doc.fillColor(TEXT_COLOR);
  x = MARGIN.left;
  columns.forEach((column, i) => {
    const cell = row.cells[column.key] ?? null;
    drawCellText(
      doc,
      cellText(cell),
      x,
      y,
      widths[i],
      height,
      cellAlign(cell, column),
      row.isEmphasis ? 'cjk-bold' : 'cjk',
      false,
      column.noWrap,
    );
    x += widths[i];
  });
}

function writeLines(doc: Doc, lines: string[], size: number, face: Face = 'cjk') {
  doc.fillColor('#111111');
  for (const line of lines)
    writeText(doc, line, MARGIN.left, doc.y, { face, size, width: contentWidth(doc), lineGap: 1 });
}

const TITLE_SIZE = 9.5;

/** The height the block's title, header and first row take: kept together on one page. */
function leadHeight(doc: Doc, block: ReportBlock, widths: number[]): number {
  const title = block.title
    ? textHeightOf(doc, block.title, { face: 'cjk-bold', size: TITLE_SIZE, width: contentWidth(doc) }) + 8
    : 0;
  const first = block.rows[0] ? rowHeight(doc, block.rows[0], block.columns, widths) : 0;
  return title + 2 + 40 + first;
}

/** A table whose header repeats at the top of every page it runs onto; its title never ends a page. */
function drawTable(doc: Doc, block: ReportBlock, continuation: string) {
  const widths = scaledWidths(doc, block);
  if (doc.y + leadHeight(doc, block, widths) > bottomLimit(doc)) {
    doc.addPage();
    doc.y = MARGIN.top;
  }
  if (block.title) {
    doc.moveDown(0.4);
    writeLines(doc, [block.title], TITLE_SIZE, 'cjk-bold');
  }
  let y = doc.y + 2;
  const header = () => {
    y += drawHeader(doc, block, widths, y);
  };
  const newPage = () => {
    doc.addPage();
    doc.fillColor('#52606d');
    writeText(doc, continuation, MARGIN.left, MARGIN.top, { face: 'cjk', size: 8, width: contentWidth(doc) });
    y = doc.y + 2;
    header();
  };
  header();
  for (const row of block.rows) {
    const h = rowHeight(doc, row, block.columns, widths);
    if (y + h > bottomLimit(doc)) newPage();
    drawRow(doc, row, block.columns, widths, y, h);
    y += h;
  }
  doc.x = MARGIN.left;
  doc.y = y + 6;
}

/** The section's indicator charts on pages of their own, once per unit in a file holding several reports. */
function drawCharts(doc: Doc, section: ReportSection, heading: string) {
  if (!section.charts?.length) return;
  const area = { left: MARGIN.left, width: contentWidth(doc), bottom: bottomLimit(doc) };
  drawChartPages(doc, section.charts, area, () => {
    doc.addPage();
    doc.fillColor('#111111');
    writeText(doc, heading, MARGIN.left, MARGIN.top, {
      face: 'cjk-bold',
      size: 11,
      width: contentWidth(doc),
      align: 'center',
    });
    return doc.y + 8;
  });
}

function drawModel(doc: Doc, model: ReportModel, charted: Set<string>) {
  model.sections.forEach((section, s) => {
    doc.addPage();
    doc.fillColor('#111111');
    writeText(doc, model.title, MARGIN.left, MARGIN.top, {
      face: 'cjk-bold',
      size: 15,
      width: contentWidth(doc),
      align: 'center',
    });
    doc.moveDown(0.3);
    if (s === 0) writeLines(doc, model.metaLines, 8.5);
    if (section.lines.length > 0) {
      doc.moveDown(0.3);
      writeLines(doc, section.lines, 8.5, 'cjk');
    }
    const unit = section.unit ? `${section.unit.name} ` : '';
    for (const block of section.blocks) drawTable(doc, block, `${model.title} ${unit}${block.title ?? ''}（续）`);
    const key = section.unit?.code ?? '';
    if (!charted.has(key)) drawCharts(doc, section, `${model.meta.year}年 ${unit}指标图表（截至${model.meta.asOf}月）`);
    if (section.charts?.length) charted.add(key);
  });
}

type BufferedPages = { _pageBuffer?: { content?: { buffer?: unknown } }[] };

/**
 * Joins the content of each finished page into one chunk as the next page is added. pdfkit keeps every drawing
 * operation of a buffered page as a small array of its own until the document ends (the page numbers need the count
 * of pages), and with a thousand pages the collector spent half the time of a large report walking them. Where
 * pdfkit's buffered pages are not laid out as expected (another version), pages are left as they are: slower, same
 * file.
 */
export function joinFinishedPages(doc: Doc): void {
  doc.on('pageAdded', () => {
    const pages = (doc as unknown as BufferedPages)._pageBuffer;
    const content = pages?.[pages.length - 2]?.content;
    const chunks = content?.buffer;
    if (!content || !Array.isArray(chunks) || chunks.length < 2 || !chunks.every((c) => c instanceof Uint8Array))
      return;
    content.buffer = [Buffer.concat(chunks)];
  });
}

function numberPages(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('cjk')
      .fontSize(8)
      .fillColor('#52606d')
      .text(`第 ${i + 1} 页，共 ${range.count} 页`, MARGIN.left, doc.page.height - 26, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** A4 landscape, Noto Sans SC embedded (subset), every table's header repeated across pages. */
export function renderPdf(models: ReportModel[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    info: {
      Title: models.map((m) => m.title).join('；'),
      Author: models[0]?.meta.generatedBy ?? '',
      Creator: '12345热线绩效目标管理',
    },
    lang: 'zh-CN',
  });
  doc.registerFont('cjk', fontBytes('regular'));
  doc.registerFont('cjk-bold', fontBytes('bold'));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  joinFinishedPages(doc);
  const charted = new Set<string>();
  for (const model of models) drawModel(doc, model, charted);
  numberPages(doc);
  doc.end();
  return done;
}
