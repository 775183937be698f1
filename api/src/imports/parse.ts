/**
 * Files to text blocks: .txt, .md, .html, .docx (mammoth) and .pdf with a text layer (unpdf). The type is
 * sniffed from the bytes (file-type), never taken from the name alone. Bad input is an {@link ImportInputError}
 * with a short message saying what to do; nothing here writes anywhere.
 */
import { Parser } from 'htmlparser2';
import * as yauzl from 'yauzl';
import type { SourceBlock } from './structure';
import { textToBlocks } from './structure';

import { IMPORT_FORMATS } from '../domain/vocabularies';

export { IMPORT_FORMATS };
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_INPUT_PROBLEMS = [
  'EMPTY',
  'TOO_LARGE',
  'UNSUPPORTED',
  'LEGACY_DOC',
  'ENCRYPTED_PDF',
  'NO_TEXT_LAYER',
  'CORRUPT',
  'ZIP_BOMB',
  'ZIP_PATH',
  'TOO_MANY_PAGES',
] as const;
export type ImportInputProblem = (typeof IMPORT_INPUT_PROBLEMS)[number];

export class ImportInputError extends Error {
  constructor(
    readonly problem: ImportInputProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ImportInputError';
  }
}

export interface ParseLimits {
  /** Largest file accepted, bytes. */
  maxBytes: number;
  /** Largest total a zip (a .docx is one) may expand to, bytes. */
  maxExpandedBytes: number;
  /** Highest expansion ratio of any zip entry. */
  maxRatio: number;
  maxZipEntries: number;
  maxPages: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxExpandedBytes: 100 * 1024 * 1024,
  maxRatio: 200,
  maxZipEntries: 2000,
  maxPages: 1000,
};

export interface ParsedDocument {
  format: ImportFormat;
  blocks: SourceBlock[];
  pages?: number;
  /** Things the reader should know that did not stop the import ("macros ignored"). */
  notes: string[];
}

const extOf = (name: string) => /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Loads file-type (an ES module) from this CommonJS build. */
async function sniff(buf: Buffer): Promise<{ ext: string; mime: string } | undefined> {
  const { fileTypeFromBuffer } = await import('file-type');
  return fileTypeFromBuffer(buf);
}

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * Reads a zip's directory without expanding it and refuses zip bombs (too many entries, too large in total,
 * an entry that expands too far) and path tricks (absolute paths, "..", backslashes).
 */
export async function inspectZip(buf: Buffer, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<ZipEntryInfo[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buf, { lazyEntries: true, strictFileNames: false, validateEntrySizes: true }, (err, z) => (err ? reject(err) : resolve(z))),
  ).catch(() => {
    throw new ImportInputError('CORRUPT', 'The file could not be read as a zip archive; it may be damaged.');
  });
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        const name = e.fileName;
        if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..')) {
          reject(new ImportInputError('ZIP_PATH', `The archive holds a file with an unsafe path (${name.slice(0, 80)}); it was not opened.`));
          return;
        }
        total += e.uncompressedSize;
        const ratio = e.compressedSize > 0 ? e.uncompressedSize / e.compressedSize : e.uncompressedSize > 0 ? Infinity : 0;
        if (entries.length + 1 > limits.maxZipEntries || total > limits.maxExpandedBytes || (e.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio)) {
          reject(new ImportInputError('ZIP_BOMB', 'The archive expands to far more than its size (a zip bomb?); it was not opened.'));
          return;
        }
        entries.push({ name, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (err: Error) =>
        reject(
          /path/i.test(err.message)
            ? new ImportInputError('ZIP_PATH', 'The archive holds a file with an unsafe path; it was not opened.')
            : new ImportInputError('CORRUPT', 'The zip archive is damaged.'),
        ),
      );
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return entries;
}

/** Reads one entry of a zip (already inspected) into memory, refusing more than `max` bytes. */
export async function readZipEntry(buf: Buffer, entryName: string, max: number): Promise<Buffer> {
  const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, validateEntrySizes: true });
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== entryName) return zip.readEntry();
        zip.openReadStream(e, (err, stream) => {
          if (err) return reject(new ImportInputError('CORRUPT', 'The zip archive is damaged.'));
          const chunks: Buffer[] = [];
          let n = 0;
          stream.on('data', (c: Buffer) => {
            n += c.length;
            if (n > max) {
              stream.destroy();
              reject(new ImportInputError('ZIP_BOMB', 'A file in the archive expands beyond the limit.'));
            } else chunks.push(c);
          });
          stream.on('end', () => resolve(Buffer.concat(chunks)));
          stream.on('error', () => reject(new ImportInputError('CORRUPT', 'The zip archive is damaged.')));
        });
      });
      zip.on('end', () => reject(new ImportInputError('CORRUPT', `"${entryName}" is not in the archive.`)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'div', 'section', 'article', 'blockquote', 'dt', 'dd', 'pre', 'caption', 'title']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'svg', 'iframe', 'object']);

/** HTML (a web page, or what mammoth makes of a .docx) to blocks: headings, paragraphs, list items, table rows. */
export function htmlToBlocks(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let text = '';
  let skip = 0;
  const stack: string[] = [];
  let cellCount = 0;
  let afterBreak = false;
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (!t) return;
    const tag = [...stack].reverse().find((s) => BLOCK_TAGS.has(s)) ?? 'p';
    const h = /^h([1-6])$/.exec(tag);
    const brokenLine = afterBreak;
    afterBreak = false;
    if (tag === 'title') return;
    if (brokenLine && !h && tag !== 'li' && tag !== 'tr') {
      // A line after a line break inside a paragraph: may continue it or start a numbered clause.
      blocks.push({ text: t, kind: 'line', gapBefore: false });
      return;
    }
    blocks.push(
      h
        ? { text: t, kind: 'heading', level: Number(h[1]) }
        : { text: t, kind: tag === 'li' ? 'list_item' : tag === 'tr' ? 'table_row' : 'paragraph', gapBefore: true },
    );
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP_TAGS.has(name)) skip++;
        if (BLOCK_TAGS.has(name) || name === 'br' || name === 'ul' || name === 'ol' || name === 'table') flush();
        if (name === 'br') afterBreak = true;
        if (name === 'td' || name === 'th') {
          if (cellCount++ > 0) text += ' | ';
        }
        if (name === 'tr') cellCount = 0;
        if (name !== 'br') stack.push(name);
      },
      ontext(t) {
        if (!skip) text += t;
      },
      onclosetag(name) {
        if (name === 'br') return;
        if (BLOCK_TAGS.has(name)) {
          flush();
          afterBreak = false;
        }
        if (SKIP_TAGS.has(name)) skip = Math.max(0, skip - 1);
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

async function docxToBlocks(buf: Buffer, limits: ParseLimits, notes: string[]): Promise<SourceBlock[]> {
  const entries = await inspectZip(buf, limits);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new ImportInputError('CORRUPT', 'This zip is not a Word document (no word/document.xml).');
  if (entries.some((e) => /vbaProject\.bin$/i.test(e.name))) notes.push('The document contains macros; they were ignored.');
  const mammoth = await import('mammoth');
  const convert = (mammoth as unknown as { default?: typeof mammoth }).default?.convertToHtml ?? mammoth.convertToHtml;
  const result = await convert({ buffer: buf }).catch(() => {
    throw new ImportInputError('CORRUPT', 'The Word document could not be read; it may be damaged.');
  });
  return htmlToBlocks(result.value);
}

interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  fontSize: number;
}

interface PdfLine {
  text: string;
  y: number;
  x: number;
  size: number;
}

const normaliseRunning = (s: string) => s.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const PAGE_NUMBER = /^(page\s*)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

/**
 * A PDF's text layer to lines, page by page, without running headers and footers (a line at the top or
 * bottom of most pages, digits aside) or page numbers; a larger gap than usual between lines is a paragraph gap.
 */
async function pdfToBlocks(buf: Buffer, limits: ParseLimits, onProgress?: (fraction: number) => unknown): Promise<{ blocks: SourceBlock[]; pages: number }> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(buf), { isEvalSupported: false, stopAtErrors: false } as never);
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException' || /password|encrypt/i.test(String((e as Error).message))) {
      throw new ImportInputError('ENCRYPTED_PDF', 'The PDF is encrypted (password-protected); save an unprotected copy and upload that.');
    }
    throw new ImportInputError('CORRUPT', 'The PDF could not be read; it may be damaged.');
  }
  try {
    if (pdf.numPages > limits.maxPages) throw new ImportInputError('TOO_MANY_PAGES', `The PDF has ${pdf.numPages} pages; at most ${limits.maxPages} are read.`);
    // Page by page (as unpdf's extractTextItems reads each), so that progress can be told per page.
    const items: PdfTextItem[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      items.push(
        content.items
          .filter((it): it is Extract<(typeof content.items)[number], { str: string }> => 'str' in it && it.str != null)
          .map((it) => ({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, fontSize: Math.hypot(it.transform[2] as number, it.transform[3] as number) })),
      );
      await onProgress?.(n / pdf.numPages);
    }
    const pages: PdfLine[][] = items.map((pageItems) => {
      const lines: PdfLine[] = [];
      const sorted = [...pageItems].filter((it) => it.str.trim() !== '' || it.str === ' ').sort((a, b) => b.y - a.y || a.x - b.x);
      for (const it of sorted) {
        const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(2, it.fontSize * 0.3));
        if (line) {
          line.text += (line.text.endsWith(' ') || it.str.startsWith(' ') ? '' : ' ') + it.str;
          line.x = Math.min(line.x, it.x);
        } else lines.push({ text: it.str, y: it.y, x: it.x, size: it.fontSize });
      }
      for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
      return lines.filter((l) => l.text).sort((a, b) => b.y - a.y);
    });
    const chars = pages.reduce((n, p) => n + p.reduce((m, l) => m + l.text.length, 0), 0);
    if (chars < 20) throw new ImportInputError('NO_TEXT_LAYER', 'The PDF has no text layer (a scanned document?); run it through OCR first, then upload the result.');
    // Running headers and footers: the first or last two lines of a page, repeated (digits aside) on most pages.
    const counts = new Map<string, number>();
    for (const p of pages) {
      const edge = new Set([...p.slice(0, 2), ...p.slice(-2)].map((l) => normaliseRunning(l.text)));
      for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const running = new Set([...counts].filter(([, n]) => pages.length >= 2 && n >= Math.max(2, Math.ceil(pages.length * 0.5))).map(([k]) => k));
    const blocks: SourceBlock[] = [];
    const xs = pages.flat().map((l) => Math.round(l.x));
    const leftMargin = xs.length ? Math.min(...xs) : 0;
    for (const p of pages) {
      const kept = p.filter((l, i) => {
        const atEdge = i < 2 || i >= p.length - 2;
        if (!atEdge) return true;
        return !running.has(normaliseRunning(l.text)) && !PAGE_NUMBER.test(l.text.trim());
      });
      const gaps = kept.slice(1).map((l, i) => kept[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
      const usual = gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 12;
      kept.forEach((l, i) => {
        const gap = i === 0 ? true : kept[i - 1]!.y - l.y > usual * 1.4;
        blocks.push({ text: l.text, kind: 'line', gapBefore: gap, indented: Math.round(l.x) - leftMargin > 8 });
      });
    }
    return { blocks, pages: pdf.numPages };
  } finally {
    await pdf.loadingTask.destroy().catch(() => undefined);
  }
}

/** Whether the bytes are text we can read (UTF-8 without NULs). */
function asText(buf: Buffer): string | null {
  if (buf.includes(0)) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > Math.max(8, text.length / 200)) return null;
  return text.replace(/^\uFEFF/, '');
}

/**
 * Parses an uploaded file into text blocks, or throws an {@link ImportInputError}. `onProgress` hears how
 * much of the reading is done (0 to 1): per page for a PDF, once for other files.
 */
export async function parseDocument(buf: Buffer, filename: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, onProgress?: (fraction: number) => unknown): Promise<ParsedDocument> {
  if (buf.length === 0) throw new ImportInputError('EMPTY', 'The file is empty.');
  if (buf.length > limits.maxBytes) throw new ImportInputError('TOO_LARGE', `The file is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB.`);
  const notes: string[] = [];
  const sniffed = await sniff(buf);
  const ext = extOf(filename);
  if (sniffed?.ext === 'pdf') {
    const { blocks, pages } = await pdfToBlocks(buf, limits, onProgress);
    return { format: 'pdf', blocks, pages, notes };
  }
  if (sniffed?.ext === 'cfb' || sniffed?.mime === 'application/x-cfb' || buf.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) {
    throw new ImportInputError('LEGACY_DOC', 'This is an old binary Word (.doc) file; open it in Word and save it as .docx, then upload that.');
  }
  if (sniffed && (sniffed.ext === 'docx' || sniffed.ext === 'zip' || sniffed.mime.includes('officedocument.wordprocessingml') || sniffed.mime.includes('ms-word'))) {
    const blocks = await docxToBlocks(buf, limits, notes);
    if (!blocks.length) throw new ImportInputError('EMPTY', 'The Word document has no text.');
    return { format: 'docx', blocks, notes };
  }
  if (sniffed && !['xml', 'html'].includes(sniffed.ext)) {
    throw new ImportInputError('UNSUPPORTED', `This looks like a .${sniffed.ext} file; upload a .docx, .pdf, .html, .md or .txt file.`);
  }
  const text = asText(buf);
  if (text === null) throw new ImportInputError('UNSUPPORTED', 'The file is neither text nor a Word or PDF document.');
  if (!text.trim()) throw new ImportInputError('EMPTY', 'The file has no text.');
  const looksHtml = ext === 'html' || ext === 'htm' || /^\s*(<!doctype html|<html[\s>])/i.test(text) || sniffed?.ext === 'html';
  if (looksHtml) {
    const blocks = htmlToBlocks(text);
    if (!blocks.length) throw new ImportInputError('EMPTY', 'The web page has no text.');
    return { format: 'html', blocks, notes };
  }
  return { format: ext === 'md' || ext === 'markdown' ? 'md' : 'txt', blocks: textToBlocks(text), notes };
}

/**
 * The quick checks an upload gets before anything is stored: not empty, not too large, and of a type the
 * importer reads (sniffed from the bytes). The full parse runs later, in the worker.
 */
export async function precheck(buf: Buffer, filename: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<void> {
  if (buf.length === 0) throw new ImportInputError('EMPTY', 'The file is empty.');
  if (buf.length > limits.maxBytes) throw new ImportInputError('TOO_LARGE', `The file is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB.`);
  const sniffed = await sniff(buf);
  if (sniffed?.ext === 'cfb' || buf.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) {
    throw new ImportInputError('LEGACY_DOC', 'This is an old binary Word (.doc) file; open it in Word and save it as .docx, then upload that.');
  }
  if (sniffed && !['pdf', 'docx', 'zip', 'xml', 'html'].includes(sniffed.ext)) {
    throw new ImportInputError('UNSUPPORTED', `This looks like a .${sniffed.ext} file; upload a .docx, .pdf, .html, .md or .txt file.`);
  }
  if (!sniffed && asText(buf) === null) throw new ImportInputError('UNSUPPORTED', 'The file is neither text nor a Word or PDF document.');
  void filename;
}
