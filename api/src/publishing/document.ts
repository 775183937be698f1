/**
 * Printable documents (issue 14): a committee paper and a published protocol, written once as a list
 * of blocks and rendered to PDF (pdfkit, pure JavaScript, with DejaVu Sans embedded so that Welsh
 * letters such as ŵ and ŷ print: the PDF standard fonts have neither) and to Word (docx). Headings
 * are real headings in both (Word's Heading 1–3 styles; tagged PDF structure), table headers are
 * marked as such, and each block carries its language so that a bilingual paper reads correctly.
 */
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export type DocLanguage = 'en' | 'cy';

export type Block =
  | { kind: 'title' | 'h1' | 'h2' | 'h3'; text: string; lang?: DocLanguage }
  | { kind: 'p'; text: string; lang?: DocLanguage; small?: boolean }
  | { kind: 'list'; items: string[]; lang?: DocLanguage }
  | { kind: 'table'; header: string[]; rows: string[][]; lang?: DocLanguage; numeric?: boolean }
  | { kind: 'pageBreak' };

export interface PrintDoc {
  /** The document's title (PDF metadata, Word core properties). */
  title: string;
  /** Its main language. */
  lang: DocLanguage;
  author: string;
  blocks: Block[];
}

const FONT_DIR = (() => {
  try {
    return require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '');
  } catch {
    return null;
  }
})();

const LOCALE: Record<DocLanguage, string> = { en: 'en-GB', cy: 'cy-GB' };

/** The document as a PDF (A4, tagged, with its language and title). */
export function renderPdf(d: PrintDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 56, tagged: true, lang: LOCALE[d.lang], displayTitle: true, pdfVersion: '1.7', info: { Title: d.title, Author: d.author }, bufferPages: true });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    try {
      const [regular, bold] = FONT_DIR ? [`${FONT_DIR}DejaVuSans.ttf`, `${FONT_DIR}DejaVuSans-Bold.ttf`] : ['Helvetica', 'Helvetica-Bold'];
      pdf.registerFont('body', regular);
      pdf.registerFont('bold', bold);
      const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
      const size: Record<string, number> = { title: 20, h1: 16, h2: 13, h3: 11.5 };
      for (const b of d.blocks) {
        if (b.kind === 'pageBreak') {
          pdf.addPage();
          continue;
        }
        const lang = LOCALE[b.lang ?? d.lang];
        if (b.kind === 'title' || b.kind === 'h1' || b.kind === 'h2' || b.kind === 'h3') {
          const tag = b.kind === 'title' ? 'H1' : b.kind === 'h1' ? 'H1' : b.kind === 'h2' ? 'H2' : 'H3';
          pdf.moveDown(b.kind === 'title' ? 0 : 0.6);
          pdf.markStructureContent(tag, { lang });
          pdf.font('bold').fontSize(size[b.kind]).text(b.text, { width });
          pdf.endMarkedContent();
          pdf.moveDown(0.3);
        } else if (b.kind === 'p') {
          pdf.markStructureContent('P', { lang });
          pdf.font('body').fontSize(b.small ? 8.5 : 10.5).text(b.text, { width });
          pdf.endMarkedContent();
          pdf.moveDown(0.5);
        } else if (b.kind === 'list') {
          pdf.font('body').fontSize(10.5).list(b.items, { width, bulletRadius: 2 });
          pdf.moveDown(0.5);
        } else if (b.kind === 'table') {
          const fontSize = b.header.length > 5 ? 8 : 9.5;
          pdf.x = pdf.page.margins.left;
          pdf.table({
            maxWidth: width,
            defaultStyle: { padding: 3, border: 0.5, font: { src: 'body', size: fontSize } } as never,
            columnStyles: (i: number) => (i === 0 ? { width: b.header.length === 2 ? width * 0.65 : b.header.length > 4 ? 120 : '*' } : undefined),
            data: [
              b.header.map((text) => ({ text, type: 'TH' as const, font: { src: 'bold', size: fontSize }, backgroundColor: '#e8e8e8' })),
              ...b.rows.map((row) => row.map((text, i) => ({ text, type: (i === 0 ? 'TH' : 'TD') as 'TH' | 'TD', align: i > 0 && b.numeric ? { x: 'right' as const } : undefined }))),
            ],
          });
          pdf.x = pdf.page.margins.left;
          pdf.moveDown(0.6);
        }
      }
      // Page numbers in the footer.
      const range = pdf.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        pdf.switchToPage(i);
        const bottom = pdf.page.margins.bottom;
        pdf.page.margins.bottom = 0;
        pdf.font('body').fontSize(8).text(`${i + 1} / ${range.count}`, pdf.page.margins.left, pdf.page.height - 36, { width, align: 'center', lineBreak: false });
        pdf.page.margins.bottom = bottom;
      }
      pdf.end();
    } catch (e) {
      reject(e);
    }
  });
}

/** The document as a Word file (.docx) with real heading styles and table header rows. */
export async function renderDocx(d: PrintDoc): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const heading = { title: HeadingLevel.HEADING_1, h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;
  for (const b of d.blocks) {
    if (b.kind === 'pageBreak') {
      children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
      continue;
    }
    const language = { value: LOCALE[b.lang ?? d.lang] };
    if (b.kind === 'title' || b.kind === 'h1' || b.kind === 'h2' || b.kind === 'h3') {
      children.push(new Paragraph({ heading: heading[b.kind], children: [new TextRun({ text: b.text, language })] }));
    } else if (b.kind === 'p') {
      children.push(new Paragraph({ children: [new TextRun({ text: b.text, language, size: b.small ? 17 : undefined })] }));
    } else if (b.kind === 'list') {
      for (const item of b.items) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item, language })] }));
    } else if (b.kind === 'table') {
      const cell = (text: string, head: boolean, right: boolean) =>
        new TableCell({ children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: head, language })] })] });
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true, false)) }),
            ...b.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i === 0, i > 0 && !!b.numeric)) })),
          ],
        }),
      );
      children.push(new Paragraph({ children: [] }));
    }
  }
  const doc = new Document({ title: d.title, creator: d.author, styles: { default: { document: { run: { font: 'Arial', size: 22 } } } }, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

/** A file name made of safe characters only. */
export const fileName = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80) || 'document';
