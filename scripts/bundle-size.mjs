#!/usr/bin/env node
/**
 * The admin app's first load, gzipped: what admin/dist/index.html loads before anything else
 * (its module script, modulepreloads and stylesheets, and every chunk those import statically),
 * each compressed with zlib as a server would send it. Chunks loaded later with import()
 * (the protocol editor) are listed apart and are not part of the figure.
 *
 *   npm run build -w admin && node scripts/bundle-size.mjs [--json]
 *
 * Exits 1 when the protocol editor's chunk is part of the first load (it must stay lazy).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'admin', 'dist');
const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error('admin/dist/index.html is missing: run `npm run build -w admin` first');
  process.exit(2);
}
const html = readFileSync(indexHtml, 'utf8');
const BASE = '/admin/';

/** /admin/assets/x.js → admin/dist/assets/x.js */
const local = (url) => join(dist, url.startsWith(BASE) ? url.slice(BASE.length) : url.replace(/^\//, ''));

const entries = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
].map((m) => local(m[1]));

/** Static imports of a built chunk (`import{a}from"./x.js"`, `import"./y.js"`), not import(). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const out = [];
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    out.push(join(dirname(file), m[1]));
  }
  return out;
}

const initial = new Set();
const queue = [...entries];
while (queue.length) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  if (file.endsWith('.js')) queue.push(...staticImports(file));
}

const size = (file) => {
  const raw = readFileSync(file);
  return { file: posix.join('assets', basename(file)), bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
};
const first = [...initial].map(size).sort((a, b) => b.gzip - a.gzip);
const assets = readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f));
const lazy = assets.filter((f) => !initial.has(f) && /\.(js|css)$/.test(f)).map(size).sort((a, b) => b.gzip - a.gzip);
const total = first.reduce((t, s) => ({ bytes: t.bytes + s.bytes, gzip: t.gzip + s.gzip }), { bytes: 0, gzip: 0 });
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ firstLoad: { ...total, files: first }, lazy }, null, 2));
} else {
  console.log('First load (index.html and its static imports):');
  for (const s of first) console.log(`  ${s.file.padEnd(44)} ${kB(s.bytes).padStart(10)}  gzip ${kB(s.gzip).padStart(9)}`);
  console.log(`  ${'total'.padEnd(44)} ${kB(total.bytes).padStart(10)}  gzip ${kB(total.gzip).padStart(9)}`);
  console.log('Loaded later (import()):');
  for (const s of lazy) console.log(`  ${s.file.padEnd(44)} ${kB(s.bytes).padStart(10)}  gzip ${kB(s.gzip).padStart(9)}`);
}

const editorInFirstLoad = first.filter((s) => /ProtocolEditor/.test(s.file));
if (editorInFirstLoad.length) {
  console.error(`The protocol editor is part of the first load (${editorInFirstLoad.map((s) => s.file).join(', ')}): it must be loaded with import()`);
  process.exit(1);
}
if (!lazy.some((s) => /ProtocolEditor/.test(s.file))) {
  console.error('No separate ProtocolEditor chunk was found in admin/dist/assets');
  process.exit(1);
}
