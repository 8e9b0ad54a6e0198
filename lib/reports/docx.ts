import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellAlign, cellText } from './display';
import { type ReportBlock, headerRows } from './model';
import type { SelfEvaluationDraft } from './self-evaluation-draft';

// Official documents set headings in 黑体 and text in 仿宋 (three-size 16 pt / 15 pt as 三号 and 小三 are too large
// for tables, tables use 10.5 pt = 五号). Latin text and digits fall back to Times New Roman; a machine without the
// Chinese fonts lets Word or WPS substitute by the East Asian hint.
const HEITI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', hint: 'eastAsia' } as const;
const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', hint: 'eastAsia' } as const;
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1588, right: 1474 };
const TEXT_PT = 16;
const TABLE_PT = 10.5;

type Font = { ascii: string; hAnsi: string; eastAsia: string; hint: 'eastAsia' };

const run = (text: string, size: number, font: Font = FANGSONG, bold = false) =>
  new TextRun({ text, size: size * 2, font, bold });

const paragraph = (text: string) =>
  new Paragraph({
    children: [run(text, TEXT_PT)],
    indent: { firstLine: TEXT_PT * 2 * 20 },
    spacing: { line: 560, lineRule: 'exact' },
    alignment: AlignmentType.JUSTIFIED,
  });

const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(text, TEXT_PT, HEITI)], spacing: { before: 240 } });

const cell = (
  text: string,
  align: 'left' | 'center' | 'right',
  opts: { bold?: boolean; span?: number; rows?: number },
) =>
  new TableCell({
    columnSpan: opts.span,
    rowSpan: opts.rows,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment:
            align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(line, TABLE_PT, opts.bold ? HEITI : FANGSONG)],
        }),
    ),
  });

function table(block: ReportBlock): (Paragraph | Table)[] {
  const header = headerRows(block.columns).map(
    (spans) =>
      new TableRow({
        tableHeader: true,
        children: spans.map((s) =>
          cell(s.label, 'center', {
            bold: true,
            span: s.colSpan > 1 ? s.colSpan : undefined,
            rows: s.rowSpan > 1 ? s.rowSpan : undefined,
          }),
        ),
      }),
  );
  const body = block.rows.map(
    (row) =>
      new TableRow({
        children: block.columns.map((c) =>
          cell(cellText(row.cells[c.key] ?? null), cellAlign(row.cells[c.key] ?? null, c), { bold: row.isEmphasis }),
        ),
      }),
  );
  const title = block.title
    ? [new Paragraph({ children: [run(block.title, TABLE_PT + 1.5, HEITI)], spacing: { before: 160 } })]
    : [];
  return [...title, new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...header, ...body] })];
}

/** The 绩效自评报告 as a Word document: A4, 黑体 headings, 仿宋 text, page numbers in the footer. */
export async function renderSelfEvaluationDocx(drafts: SelfEvaluationDraft[]): Promise<Buffer> {
  const doc = new Document({
    creator: '12345热线绩效目标管理',
    title: drafts.map((d) => d.title).join('、'),
    styles: { default: { document: { run: { font: FANGSONG, size: TEXT_PT * 2 } } } },
    sections: drafts.map((draft) => ({
      properties: { page: { size: A4, margin: MARGIN } },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FANGSONG, size: 28 })],
            }),
          ],
        }),
      },
      children: [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          children: [run(draft.title, 22, HEITI)],
        }),
        ...(draft.subtitle
          ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(draft.subtitle, TEXT_PT)] })]
          : []),
        ...draft.parts.flatMap((part) => [
          heading(part.heading),
          ...part.paragraphs.map(paragraph),
          ...part.tables.flatMap(table),
        ]),
      ],
    })),
  });
  return Packer.toBuffer(doc);
}
