import { execFileSync } from 'node:child_process';
import mammoth from 'mammoth';

/** A PDF's text by unpdf, whitespace collapsed; in a child process (PDF.js loads with a dynamic import, which jest's VM refuses). */
export const pdfText = async (b: Buffer): Promise<string> =>
  execFileSync(
    process.execPath,
    ['-e', "const { extractText, getDocumentProxy } = require('unpdf'); const c = []; process.stdin.on('data', (d) => c.push(d)).on('end', async () => process.stdout.write((await extractText(await getDocumentProxy(new Uint8Array(Buffer.concat(c))), { mergePages: true })).text));"],
    { input: b, cwd: __dirname, encoding: 'utf8' },
  ).replace(/\s+/g, ' ');

/** A Word file as HTML (mammoth: headings as h1–h3, tables as tables). */
export const docxHtml = async (b: Buffer): Promise<string> => (await mammoth.convertToHtml({ buffer: b })).value;
/** A Word file's text, one paragraph (or table cell) a line. */
export const docxText = async (b: Buffer): Promise<string> => (await mammoth.extractRawText({ buffer: b })).value.replace(/\n+/g, '\n');
