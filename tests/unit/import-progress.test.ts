/**
 * An import's progress as the worker tells it (api/src/imports/pipeline.ts, the built copy: its parsers are
 * ES modules loaded with import(), which jest's sandbox refuses, so each file is read in a node process):
 * a whole percentage that only rises, per page of a PDF while it is read, then per stage, ending at 100.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROGRESS } from '../../api/src/imports/pipeline';
import { makeDocx, makePdf } from '../support/import-files';

const PIPELINE = join(__dirname, '../../api/dist/imports/pipeline.js');
const dir = mkdtempSync(join(tmpdir(), 'accord-progress-'));
const SCRIPT = `const { importFile } = require(${JSON.stringify(PIPELINE)});
const seen = [];
importFile(require('node:fs').readFileSync(process.argv[1]), process.argv[2], undefined, (p, s) => void seen.push([p, s]))
  .then(() => console.log(JSON.stringify({ seen })), (e) => console.log(JSON.stringify({ seen, error: e.message })));`;

const run = (buf: Buffer, name: string): { seen: [number, string][]; error?: string } => {
  const file = join(dir, name);
  writeFileSync(file, buf);
  return JSON.parse(execFileSync(process.execPath, ['-e', SCRIPT, file, name], { encoding: 'utf8' }));
};
const heard = async (buf: Buffer, name: string) => {
  const { seen, error } = run(buf, name);
  expect(error).toBeUndefined();
  return seen;
};
const rising = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

it('a 10-page PDF: a step per page while it is read, rising, then the stages, ending at 100', async () => {
  const pages = Array.from({ length: 10 }, (_, p) => [`${p + 1}. Officers reply to Members within ${p + 2} working days.`, `Page ${p + 1} of 10`]);
  const seen = await heard(makePdf(pages), 'p.pdf');
  const pcts = seen.map(([p]) => p);
  expect(rising(pcts)).toBe(true);
  expect(pcts[0]).toBe(PROGRESS.reading);
  expect(pcts.at(-1)).toBe(100);
  // Pages 1–9 each move the bar while reading (the tenth is told as the structure stage begins).
  const reading = seen.filter(([p, s]) => s === 'reading' && p > PROGRESS.reading).map(([p]) => p);
  expect(reading).toEqual([11, 18, 24, 31, 37, 44, 50, 57, 63]);
  expect(seen.slice(-3)).toEqual([
    [PROGRESS.structure, 'structure'],
    [PROGRESS.suggestions, 'suggestions'],
    [100, 'done'],
  ]);
});

it.each([
  ['a .txt', () => Buffer.from('1. Members must be courteous.\n2. Officers reply within 5 working days.\n'), 'p.txt'],
  ['a .docx', () => makeDocx(['1. Members must be courteous.']), 'p.docx'],
])('%s: per stage, rising, ending at 100', async (_what, make, name) => {
  const seen = await heard(await make(), name);
  expect(seen.map(([, s]) => s)).toEqual(['reading', 'structure', 'suggestions', 'done']);
  expect(rising(seen.map(([p]) => p))).toBe(true);
});

it('a file that cannot be read stops where it was, short of 100', async () => {
  const { seen, error } = run(makePdf([null, null]), 'scan.pdf');
  expect(error).toMatch(/OCR first/);
  expect(Math.max(...seen.map(([p]) => p))).toBeLessThan(100);
});
