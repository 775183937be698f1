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

if (!process.env.SKIP_BUILD) installAndBuild();
const { importFile } = require('../api/dist/imports/pipeline.js');
const { DEMO_PROTOCOLS } = require('../api/dist/seed/protocols/index.js');

const SEEDS_DIR = process.env.SEEDS_DIR ?? '/work/shared/seeds';
const FILES = { cwmbran: '000_1600a86ae58f63c6', glanmor: '001_52068c9ac8df453b', ashbury: '002_12a98cdeaa63ddd2', kingsford: '003_fbcb302b638d596d', eastvale: '004_2816ef26d215e6fc' };
if (!existsSync(SEEDS_DIR)) {
  console.error(`The seed texts are not at ${SEEDS_DIR}; set SEEDS_DIR to the folder holding ${Object.values(FILES)[0]}.txt and the others.`);
  process.exit(1);
}

/** Scores one import against a seed; each measure is { tp, fp, fn }, plus the misses for the report. */
export function score(result, seed) {
  const numberOf = new Map(result.structure.clauses.map((c) => [c.id, c.number ?? c.id]));
  const m = {};
  const tally = (name, predicted, truth) => {
    const p = new Set(predicted);
    const t = new Set(truth);
    const tp = [...p].filter((x) => t.has(x));
    m[name] = { tp: tp.length, fp: p.size - tp.length, fn: t.size - tp.length, missed: [...t].filter((x) => !p.has(x)), extra: [...p].filter((x) => !t.has(x)) };
  };
  // Clause numbers: the seed's numbers as written (not the made-up ones for unnumbered passages). A numbered
  // heading counts as found when the seed made it a clause; the v1 seeds cannot say "section", so a section
  // number the seed does not have is not counted against precision.
  const truthNumbers = seed.clauses.map((c) => c.number).filter((n) => /^\d/.test(n));
  const tn = new Set(truthNumbers);
  const found = [...result.structure.clauses.map((c) => c.number).filter(Boolean), ...result.structure.sections.map((x) => x.number).filter((n) => n && tn.has(n))];
  tally('clause numbers', found, truthNumbers);
  const sug = result.suggestions;
  tally('roles', sug.filter((s) => s.kind === 'role').map((s) => s.value.key), seed.roles.map((r) => r.key));
  // Time limits of response standards: (clause, acknowledge|respond, days).
  const limits = (s) => [s.acknowledgeWithinDays !== undefined ? ['acknowledge', s.acknowledgeWithinDays] : null, s.respondWithinDays !== undefined ? ['respond', s.respondWithinDays] : null].filter(Boolean);
  // One stated limit that two standards share (Glanmor's 6.3 for correspondence and for information requests) is one fact.
  const truthLimits = [];
  for (const st of seed.responseStandards) {
    for (const [w, n] of limits(st)) {
      const same = truthLimits.find((t) => t.w === w && t.n === n && t.clauses.some((c) => st.clauses.includes(c)));
      if (same) same.clauses = [...new Set([...same.clauses, ...st.clauses])].sort();
      else truthLimits.push({ w, n, clauses: [...st.clauses] });
    }
  }
  const predLimits = sug.filter((s) => s.kind === 'time_limit' && s.value.amount !== null).map((s) => ({ w: s.value.what, n: s.value.amount, clause: numberOf.get(s.clause) }));
  const limitKey = (w, n, c) => `${c}:${w}:${n}`;
  tally(
    'time limits',
    predLimits.map((p) => {
      const t = truthLimits.find((t) => t.w === p.w && t.n === p.n && t.clauses.includes(p.clause));
      return t ? limitKey(t.w, t.n, t.clauses.join('+')) : limitKey(p.w, p.n, p.clause);
    }),
    truthLimits.map((t) => limitKey(t.w, t.n, t.clauses.join('+'))),
  );
  // Escalation steps: (handler, clause of the chain).
  const truthSteps = seed.chains.flatMap((c) => c.steps.map((st) => ({ h: st.handler, clauses: [...new Set([...c.clauses, ...st.clauses])] })));
  const predSteps = sug.filter((s) => s.kind === 'escalation').flatMap((s) => s.value.steps.map((st) => ({ h: st.role, clause: numberOf.get(s.clause) })));
  tally(
    'escalation steps',
    predSteps.map((p) => {
      const t = truthSteps.find((t) => t.h === p.h && t.clauses.includes(p.clause));
      return t ? `${t.h}@${t.clauses.join('+')}` : `${p.h}@${p.clause}`;
    }),
    truthSteps.map((t) => `${t.h}@${t.clauses.join('+')}`),
  );
  // Adoption and review facts, at the precision the text states them (the v1 seed had to write
  // "October 2024" as 2024-10-01; "2024-10" is what the text says).
  const facts = [];
  const r = seed.review;
  if (r.adoptedOn) facts.push(`adoptedOn=${r.adoptedOn}`);
  if (r.adoptedBy) facts.push(`adoptedBy=${r.adoptedBy}`);
  if (r.reviewOn) facts.push(`reviewOn=${r.reviewOn}`);
  if (r.reviewEveryMonths) facts.push(`reviewEveryMonths=${r.reviewEveryMonths}`);
  if (r.reviewingBody) facts.push(`reviewingBody=${r.reviewingBody}`);
  if (r.amendedBy) facts.push(`amendedBy=${r.amendedBy}`);
  for (const a of r.amendments ?? []) facts.push(`updated=${a.on}`);
  const stated = (truth, pred) => truth === pred || (pred.length >= 7 && truth.startsWith(pred));
  const pf = [];
  for (const s of sug) {
    if (s.kind === 'adoption') {
      const t = facts.find((f) => f.startsWith('adoptedOn=') && stated(f.slice(10), s.value.on));
      pf.push(t ?? `adoptedOn=${s.value.on}`);
      if (s.value.by) pf.push(`adoptedBy=${s.value.by}`);
    }
    if (s.kind === 'last_updated') pf.push(facts.find((f) => f.startsWith('updated=') && stated(f.slice(8), s.value.on)) ?? `updated=${s.value.on}`);
    if (s.kind === 'review') {
      if (s.value.on) pf.push(facts.find((f) => f.startsWith('reviewOn=') && stated(f.slice(9), s.value.on)) ?? `reviewOn=${s.value.on}`);
      if (s.value.everyMonths) pf.push(`reviewEveryMonths=${s.value.everyMonths}`);
      if (s.value.body) pf.push(`reviewingBody=${s.value.body}`);
      if (s.value.amendedBy) pf.push(`amendedBy=${s.value.amendedBy}`);
    }
  }
  tally('adoption and review', pf, facts);
  const truthAccess = seed.accessRules.flatMap((a) => a.clauses.map((c) => `${a.classification}@${c}`));
  tally('access', sug.filter((s) => s.kind === 'access').map((s) => `${s.value.classification}@${numberOf.get(s.clause)}`), truthAccess);
  const truthCorr = seed.correspondenceRules.flatMap((a) => a.clauses.map((c) => `${a.key}@${c}`));
  tally('correspondence', sug.filter((s) => s.kind === 'correspondence').map((s) => `${s.value.key}@${numberOf.get(s.clause)}`), truthCorr);
  return m;
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
