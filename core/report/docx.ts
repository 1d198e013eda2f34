// The Panel paper as a Word document (.docx), laid out from the paper model (paper.ts): a cover,
// the key, what changed, then per objective its statement, status, measures table, charts,
// narrative, evidence and actions. Word's own styles (Heading 1-3, a table style "Panel Table",
// Title, List Paragraph) so that an officer can restyle it to the council's template; A4 with page numbers.
// Pure: it returns the file's bytes.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Paper, PaperObjective, PaperPlan } from './paper';

/** A chart drawn as a PNG, for the slot of a plan's measure. */
export interface ChartImage {
  png: Uint8Array;
  /** Its size in pixels (its shape is kept on the page). */
  width: number;
  height: number;
}

export interface DocxOptions {
  /** Drawn charts by `${planId}\u0000${measureId}`; a slot without one gets its words and the note. */
  charts?: Map<string, ChartImage>;
  /** What each chart says in words, by the same key. */
  chartWords?: Map<string, string>;
  /** Said under a chart described in words. */
  chartNote?: string;
}

export const chartKey = (planId: string, measureId: string) => `${planId}\u0000${measureId}`;

/**
 * Plan text as Word can hold it: characters XML 1.0 forbids (control characters, lone surrogates,
 * U+FFFE/U+FFFF) dropped, line breaks and tabs folded to spaces. The library escapes the rest.
 */
export function wordText(text: unknown): string {
  return String(text ?? '')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** A4 in twentieths of a point, with 2 cm margins: 17 cm of text across. */
const page = { width: 11906, height: 16838, margin: 1134 };
const textWidth = page.width - 2 * page.margin;

const tableStyleId = 'PanelTable';
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const font = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>';

function paragraphStyle(id: string, name: string, run: string, paragraph: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>${extra}<w:pPr>${paragraph}</w:pPr><w:rPr>${run}</w:rPr></w:style>`;
}

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;

/**
 * Word's own styles (Normal, Title, Heading 1-3, List Paragraph, and a table style "Panel Table")
 * given a Panel paper's look; an officer's template can restyle them by name.
 */
const stylesXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${w}>` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${font}<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  paragraphStyle('Title', 'Title', '<w:b/><w:color w:val="1F3864"/><w:sz w:val="44"/>', '<w:spacing w:after="240"/>') +
  paragraphStyle('Heading1', 'heading 1', '<w:b/><w:color w:val="1F3864"/><w:sz w:val="32"/>', '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>') +
  paragraphStyle('Heading2', 'heading 2', '<w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/>', '<w:keepNext/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="1"/>') +
  paragraphStyle('Heading3', 'heading 3', '<w:b/><w:color w:val="2F5496"/><w:sz w:val="23"/>', '<w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="2"/>') +
  paragraphStyle('ListParagraph', 'List Paragraph', '', '<w:ind w:left="720"/><w:contextualSpacing/>') +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `<w:style w:type="table" w:styleId="${tableStyleId}"><w:name w:val="Panel Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>' +
  `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
  '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7EBEF"/></w:tcPr></w:tblStylePr>' +
  '</w:style></w:styles>';

const text = (t: string, bold = false) => new TextRun({ text: wordText(t), ...(bold ? { bold: true } : {}) });
const para = (t: string, options: { bold?: boolean; style?: string } = {}) => new Paragraph({ style: options.style, children: [text(t, options.bold)] });
const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, keepNext: true, children: [text(t)] });
const bullet = (t: string) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [text(t)] });

const numbering = {
  config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }],
};

function table(headings: string[], rows: string[][], widths: number[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.floor((w / total) * textWidth));
  const cell = (t: string, bold: boolean, i: number) => new TableCell({ width: { size: columnWidths[i], type: WidthType.DXA }, children: [para(t, { bold })] });
  return new Table({
    style: tableStyleId,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headings.map((h, i) => cell(h, true, i)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, false, i)) })),
    ],
  });
}

function summaryTable(plan: PaperPlan): Table {
  const rows = plan.summary.flatMap((group) => (group.counts.length === 0 ? [[group.label, 'none', '']] : group.counts.map((c, i) => [i === 0 ? group.label : '', c.statusText, String(c.count)])));
  return table(['', 'Status', 'Number'], rows, [2, 3, 1]);
}

/** The chart image 360 points wide (about 13 cm), keeping its shape. */
function chartImage(image: ChartImage): Paragraph {
  const widthPt = 360;
  const heightPt = Math.round((widthPt * image.height) / Math.max(1, image.width));
  return new Paragraph({ keepNext: true, children: [new ImageRun({ type: 'png', data: image.png, transformation: { width: widthPt, height: heightPt } })] });
}

function objectiveBlocks(paper: Paper, objective: PaperObjective, options: DocxOptions, first: boolean): (Paragraph | Table)[] {
  // each objective starts a page, as in the printed report
  const out: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, pageBreakBefore: !first, children: [text(`${objective.heading}: ${objective.statusText}`)] })];
  out.push(new Paragraph({ children: [text('Status: ', true), text(objective.statusText)] }));
  if (objective.statement) out.push(para(objective.statement));
  if (objective.note) out.push(para(objective.note));
  if (objective.rows.length === 0) out.push(para('No measures.'));
  else {
    out.push(heading('Measures', HeadingLevel.HEADING_3));
    out.push(table(paper.measureHeadings, objective.rows.map((r) => [r.statusText, r.measure, r.current, r.expected, r.gap, r.direction, r.spc]), [3, 7, 4, 3, 2, 4, 4]));
  }
  if (objective.charts.length > 0) {
    out.push(heading('Charts', HeadingLevel.HEADING_3));
    for (const chart of objective.charts) {
      const key = chartKey(chart.planId, chart.measureId);
      out.push(new Paragraph({ keepNext: true, children: [text(chart.caption, true)] }));
      const image = options.charts?.get(key);
      if (image) out.push(chartImage(image));
      else {
        out.push(para(options.chartWords?.get(key) ?? ''));
        if (options.chartNote) out.push(new Paragraph({ children: [new TextRun({ text: wordText(options.chartNote), italics: true })] }));
      }
      if (chart.source) out.push(para(chart.source));
    }
  }
  if (objective.evidence.length > 0) out.push(heading('Qualitative evidence', HeadingLevel.HEADING_3), ...objective.evidence.map(bullet));
  if (objective.narrative.length > 0) out.push(heading('Narrative', HeadingLevel.HEADING_3), ...objective.narrative.map(bullet));
  if (objective.actions.length > 0) out.push(heading('Actions', HeadingLevel.HEADING_3), ...objective.actions.map((a) => bullet(a.text)));
  return out;
}

/** The paper as the bytes of a .docx file. */
export async function paperDocx(paper: Paper, options: DocxOptions = {}): Promise<Uint8Array> {
  const cover: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(paper.title)] }),
    para(paper.subtitle),
    para(paper.asOfText, { bold: true }),
  ];
  for (const plan of paper.plans) {
    if (paper.plans.length > 1) cover.push(heading(plan.title, HeadingLevel.HEADING_3));
    cover.push(summaryTable(plan));
  }
  cover.push(new Paragraph({ children: [new PageBreak()] }));

  const body: (Paragraph | Table)[] = [heading(paper.key.heading, HeadingLevel.HEADING_1), ...paper.key.lines.map((l) => para(l))];
  if (paper.since) {
    body.push(heading(paper.since.heading, HeadingLevel.HEADING_1));
    if (paper.since.none) body.push(para(paper.since.none));
    for (const group of paper.since.groups) {
      if (paper.since.groups.length > 1) body.push(heading(group.plan, HeadingLevel.HEADING_3));
      body.push(...group.lines.map(bullet));
    }
  }
  for (const plan of paper.plans) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [text(plan.title)] }));
    plan.objectives.forEach((objective, i) => body.push(...objectiveBlocks(paper, objective, options, i === 0)));
  }

  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] });
  const document = new Document({
    creator: 'plan-score',
    title: wordText(paper.title).slice(0, 255),
    description: wordText(paper.asOfText),
    externalStyles: stylesXml,
    numbering,
    features: { updateFields: false },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin } } },
        footers: { default: footer },
        children: [...cover, ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
