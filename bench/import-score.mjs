#!/usr/bin/env node
// `npm run bench:import`: imports the five real protocol texts as .txt, and as .docx and .pdf made from them
// here (bench/import-fixtures.mjs: the `docx` package; Chromium's print to PDF with a running header and page
// numbers), and scores what the importer finds against the hand-encoded seeds (api/src/seed/protocols):
// clause numbers, roles, time limits of response standards, escalation steps, adoption and review facts,
// confidentiality/access and correspondence rules, each as precision and recall. Then times a 100-page
// document. The texts are read from SEEDS_DIR (default /work/shared/seeds). No database needed.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { installAndBuild, require } from './setup.mjs';
import { launchChromium, textToDocx, textToPdf } from './import-fixtures.mjs';
import { score } from './import-scoring.mjs';

if (!process.env.SKIP_BUILD) installAndBuild();
const { importFile } = require('../api/dist/imports/pipeline.js');
const { DEMO_PROTOCOLS } = require('../api/dist/seed/protocols/index.js');

const SEEDS_DIR = process.env.SEEDS_DIR ?? '/work/shared/seeds';
const FILES = { cwmbran: '000_1600a86ae58f63c6', glanmor: '001_52068c9ac8df453b', ashbury: '002_12a98cdeaa63ddd2', kingsford: '003_fbcb302b638d596d', eastvale: '004_2816ef26d215e6fc' };
if (!existsSync(SEEDS_DIR)) {
  console.error(`The seed texts are not at ${SEEDS_DIR}; set SEEDS_DIR to the folder holding ${Object.values(FILES)[0]}.txt and the others.`);
  process.exit(1);
}

const pct = (x) => (x === null ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
const ratio = (a, b) => (b === 0 ? null : a / b);

const browser = await launchChromium();
const totals = {};
const detail = process.argv.includes('--detail');
const rows = [];
try {
  for (const format of ['txt', 'docx', 'pdf']) {
    totals[format] = {};
    for (const [slug, file] of Object.entries(FILES)) {
      const text = readFileSync(join(SEEDS_DIR, `${file}.txt`), 'utf8');
      const seed = DEMO_PROTOCOLS[slug];
      const name = slug === 'kingsford' ? `${slug}.md` : `${slug}.${format}`;
      const buf = format === 'txt' ? Buffer.from(text) : format === 'docx' ? await textToDocx(text) : await textToPdf(browser, text, seed.title);
      const result = await importFile(buf, format === 'txt' ? name : `${slug}.${format}`);
      const m = score(result, seed);
      for (const [k, v] of Object.entries(m)) {
        const t = (totals[format][k] ??= { tp: 0, fp: 0, fn: 0 });
        t.tp += v.tp;
        t.fp += v.fp;
        t.fn += v.fn;
        if (detail && (v.missed.length || v.extra.length)) console.log(`${format} ${slug} ${k}: missed ${v.missed.join(', ') || '-'}; extra ${v.extra.join(', ') || '-'}`);
      }
    }
  }
} finally {
  await browser.close();
}
console.log('\n| measure | .txt precision | .txt recall | .docx precision | .docx recall | .pdf precision | .pdf recall |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const k of Object.keys(totals.txt)) {
  const cells = ['txt', 'docx', 'pdf'].flatMap((f) => {
    const t = totals[f][k];
    return [pct(ratio(t.tp, t.tp + t.fp)), pct(ratio(t.tp, t.tp + t.fn))];
  });
  const t = totals.txt[k];
  rows.push(k);
  console.log(`| ${k} (${t.tp + t.fn} in the seeds) | ${cells.join(' | ')} |`);
}

// A 100-page document: Ashbury's text repeated (renumbered) until the PDF has 100 pages or more.
{
  const base = readFileSync(join(SEEDS_DIR, `${FILES.ashbury}.txt`), 'utf8');
  let text = '';
  for (let i = 0; i < 7; i++) text += `\n\nPart ${i + 1}\n\n` + base;
  const b2 = await launchChromium();
  let pdf;
  try {
    pdf = await textToPdf(b2, text, 'Long protocol');
  } finally {
    await b2.close();
  }
  global.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const result = await importFile(pdf, 'long.pdf');
  const ms = performance.now() - t0;
  const after = process.memoryUsage().rss;
  console.log(`\n100-page check: ${result.parsed.pages} pages (${(pdf.length / 1024).toFixed(0)} KB PDF), ${result.structure.clauses.length} clauses, ${result.suggestions.length} suggestions in ${(ms / 1000).toFixed(2)} s; RSS grew ${((after - before) / 1024 / 1024).toFixed(0)} MB`);
}
