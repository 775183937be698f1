/**
 * A protocol document's structure as written: sections (headings, numbered or not) and clauses with the
 * document's own numbers ("1.", "1.1", "8.63", "(a)", "i.", bullets, unnumbered paragraphs). Pure: no I/O,
 * imports no feature. Input is a list of text blocks from any parser (a .txt line, a Word paragraph, a PDF
 * line); output keeps every word of the text in exactly one clause or heading.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'table_row' | 'line';

/** One block as a parser found it. `line` blocks (plain text, PDF) may be a fragment of a paragraph. */
export interface SourceBlock {
  text: string;
  kind: BlockKind;
  /** Heading level (1 = top) where the source says. */
  level?: number;
  /** A blank line (or a paragraph gap in a PDF) came before this block. */
  gapBefore?: boolean;
  /** Plain text: the line starts with white space (where a lost bullet glyph often was). */
  indented?: boolean;
}

export const NUMBER_SCHEMES = ['decimal', 'letter', 'roman', 'bullet'] as const;
export type NumberScheme = (typeof NUMBER_SCHEMES)[number];

export interface ImportedSection {
  id: string;
  /** As written ("1.", "3", "2.0"), or null for an unnumbered heading. */
  number: string | null;
  heading: string;
}

export interface ImportedClause {
  /** Stable within the import: the number where it is unique, else derived from section and position. */
  id: string;
  /** As written, without a trailing dot ("1", "1.1", "(a)", "i", "•"), or null for an unnumbered paragraph. */
  number: string | null;
  scheme: NumberScheme | null;
  section: string | null;
  /** The clause text without its number; sub-items (a., (i), bullets) kept as lines of their own, marker and all. */
  text: string;
}

export interface StructuredText {
  title: string | null;
  sections: ImportedSection[];
  clauses: ImportedClause[];
}

interface Marker {
  scheme: NumberScheme;
  /** As written without surrounding space: "1.1", "(a)", "iv.", "•". */
  raw: string;
  /** Normalised number: "1.1", "(a)", "iv", "•". */
  number: string;
  rest: string;
}

const BULLET = /^[\u2022\u25AA\u25CF\u25E6\u2023\u2043\u2219\uF0A7\uF0B7\uF076\uF0D8\u00B7*\-–o](?=\s)|^[\u2022\u25AA\u25CF\u25E6\uF0A7\uF0B7\uF076\uF0D8]/;
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3}){0,4})(\.?)(?:\s+|$)/;
const LETTER = /^(\(?)([a-z])([.)])\s+/i;
const ROMAN = /^(\(?)((?:x{0,3})(?:ix|iv|v?i{0,3}))([.)])\s+/i;

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };
export function romanValue(s: string): number {
  let total = 0;
  const t = s.toLowerCase();
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN_VALUES[t[i]!] ?? 0;
    const next = ROMAN_VALUES[t[i + 1]!] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Reads a clause marker at the start of a (trimmed) line, or null. `lastLetter` resolves "i." after "h.". */
export function readMarker(line: string, lastLetter: string | null = null): Marker | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { scheme: 'bullet', raw: bullet[0], number: '•', rest: line.slice(bullet[0].length).trim() };
  const dec = DECIMAL.exec(line);
  if (dec) {
    const rest = line.slice(dec[0].length).trim();
    return { scheme: 'decimal', raw: dec[1]! + dec[2]!, number: dec[1]!, rest };
  }
  const roman = ROMAN.exec(line);
  if (roman && roman[2]) {
    const letterFollows = roman[2].length === 1 && lastLetter !== null && lastLetter.charCodeAt(0) + 1 === roman[2].toLowerCase().charCodeAt(0);
    const bracketsMatch = roman[1] === '(' ? roman[3] === ')' : true;
    if (!letterFollows && bracketsMatch) {
      const n = roman[2].toLowerCase();
      return { scheme: 'roman', raw: `${roman[1]}${roman[2]}${roman[3]}`, number: roman[1] ? `(${n})` : n, rest: line.slice(roman[0].length).trim() };
    }
  }
  const letter = LETTER.exec(line);
  if (letter && (letter[1] === '(' ? letter[3] === ')' : true)) {
    const n = letter[2]!;
    return { scheme: 'letter', raw: `${letter[1]}${n}${letter[3]}`, number: letter[1] ? `(${n})` : n, rest: line.slice(letter[0].length).trim() };
  }
  return null;
}

const TERMINAL = /[.:;!?)\]"”’]$|[.:;!?]["”’)]$/;
const endsSentence = (s: string) => TERMINAL.test(s.trim());
const startsLower = (s: string) => /^[a-z]/.test(s);
const startsUpperish = (s: string) => /^[A-Z0-9"“‘'(£]/.test(s);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Removes markdown emphasis and heading marks, odd spaces and control characters. */
export function cleanLine(s: string): string {
  return s
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function parts(n: string): number[] {
  return n.split('.').map((x) => Number(x));
}

/** Whether decimal `next` can follow `prev` in a numbered list (1 -> 2, 1.2 -> 1.3, 1.2 -> 1.2.1, 1.2.3 -> 2, 1.0 -> 1.1). */
export function followsDecimal(prev: string | null, next: string): boolean {
  const b = parts(next);
  if (prev === null) return b.every((x, i) => (i === b.length - 1 ? x <= 1 || b.length === 1 : true)) || b[0] === 1;
  const a = parts(prev);
  // deeper: prev + .1 (or .0 / .1.1)
  if (b.length > a.length && a.every((x, i) => x === b[i]) && b.slice(a.length).every((x) => x <= 1)) return true;
  // 1.0 -> 1.1
  if (a.length === b.length && a[a.length - 1] === 0 && a.slice(0, -1).every((x, i) => x === b[i]) && b[b.length - 1] === 1) return true;
  // same level or shallower: one more at that level, deeper levels start at 1 or 0
  for (let level = Math.min(a.length, b.length); level >= 1; level--) {
    const prefixSame = a.slice(0, level - 1).every((x, i) => x === b[i]);
    if (prefixSame && b[level - 1] === a[level - 1]! + 1 && b.slice(level).every((x) => x <= 1)) return true;
  }
  return false;
}

interface Para {
  text: string;
  marker: Marker | null;
  heading: boolean;
  level?: number;
  /** Lines joined into it so far. */
  lines: number;
  gapBefore: boolean;
}

/**
 * Joins fragments into paragraphs: a line continues the paragraph before it unless it starts with a clause
 * marker, follows a finished sentence, or is a heading. Hyphenation at line ends ("pro-\ntocol") is joined.
 */
function paragraphs(blocks: SourceBlock[]): Para[] {
  const out: Para[] = [];
  let lastDecimal: string | null = null;
  let lastLetter: string | null = null;
  let cur: Para | null = null;
  const push = (p: Para) => {
    out.push(p);
    cur = p;
    if (p.marker?.scheme === 'decimal') lastDecimal = p.marker.number;
    if (p.marker?.scheme === 'letter') lastLetter = p.marker.number.replace(/[()]/g, '').toLowerCase();
    else if (p.marker?.scheme === 'decimal') lastLetter = null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    let text = b.text;
    let explicitHeading = b.kind === 'heading';
    const md = /^(#{1,6})\s+(.*)$/.exec(text.trim());
    if (md) {
      explicitHeading = true;
      text = md[2]!;
    }
    text = cleanLine(text);
    if (!text || /^[-_=*]{3,}$/.test(text)) continue;
    const prev = cur as Para | null;
    const prevEnded = prev === null || prev.heading || endsSentence(prev.text);
    let marker = readMarker(text, lastLetter);
    if (marker?.scheme === 'decimal') {
      const plain = !marker.raw.includes('.');
      const plausible = followsDecimal(lastDecimal, marker.number);
      const ok = startsUpperish(marker.rest) || marker.rest === '' || (!plain && plausible);
      // A bare "10 working days" at the start of a wrapped line is not a clause number.
      if (!ok && !(plausible && prevEnded)) marker = null;
      else if (plain && !plausible && !prevEnded) marker = null;
      else if (marker.rest === '' && !plausible) marker = null;
      else if (Number(marker.number.split('.')[0]) > 999) marker = null;
    } else if (marker && marker.scheme !== 'bullet' && !prevEnded && b.kind === 'line' && !/^\(/.test(marker.raw)) {
      // "a." or "i." starting a wrapped line mid-sentence is rare but "i.e." is not a marker either.
      if (/^[a-z]\.[a-z]/i.test(text)) marker = null;
    }
    if (marker && /^[a-z]\.[a-z]\./i.test(text)) marker = null; // "i.e.", "e.g."
    if (b.kind === 'list_item' && !marker) marker = { scheme: 'bullet', raw: '•', number: '•', rest: text };
    // A plain-text line indented after a gap, under a lead-in ("have the right:-") or another such item: a bullet whose glyph was lost.
    if (!marker && b.kind === 'line' && b.indented && b.gapBefore && startsUpperish(text) && prev && (/:-?$/.test(prev.text) || prev.marker?.scheme === 'bullet')) {
      marker = { scheme: 'bullet', raw: '•', number: '•', rest: text };
    }
    if (explicitHeading) {
      const hm = marker && marker.scheme === 'decimal' ? marker : null;
      push({ text: hm ? hm.rest : text, marker: hm, heading: true, level: b.level, lines: 1, gapBefore: !!b.gapBefore });
      continue;
    }
    if (marker) {
      push({ text: marker.rest, marker, heading: false, lines: 1, gapBefore: !!b.gapBefore });
      continue;
    }
    // A short stand-alone line (a title, a heading) followed, after a gap, by a line starting with a capital: not a continuation.
    const standAlone = prev !== null && !prev.marker && prev.lines === 1 && prev.gapBefore && b.gapBefore && isHeadingLike(prev) && startsUpperish(text);
    const isContinuation =
      prev !== null && !prev.heading && (b.kind === 'line' || b.kind === 'paragraph') && (startsLower(text) || !endsSentence(prev.text) || /^[,;)]/.test(text));
    if (isContinuation && prev && !standAlone) {
      if (/[A-Za-z]-$/.test(prev.text) && /^[a-z]/.test(text)) prev.text = prev.text.slice(0, -1) + text;
      else prev.text = `${prev.text} ${text}`;
      prev.lines += 1;
      continue;
    }
    push({ text, marker: null, heading: false, lines: 1, gapBefore: !!b.gapBefore || i === 0 });
  }
  return out;
}

function isHeadingLike(p: { text: string }) {
  const t = p.text;
  if (!t || words(t) > 14 || t.length > 110) return false;
  if (/[.;,]$/.test(t)) return false;
  if (/:$/.test(t) && words(t) > 6) return false;
  if (/^(adopted|agreed|approved|review(ed)?|next review|last updated|updated|date|version|effective)\b[^:]{0,20}:\s*\S/i.test(t)) return false;
  return /^[A-Z0-9“"‘']/.test(t);
}

const isAllCaps = (t: string) => /[A-Z]/.test(t) && t === t.toUpperCase();

/** A document's sections and clauses as written, from the blocks a parser produced. */
export function structureBlocks(blocks: SourceBlock[]): StructuredText {
  const paras = paragraphs(blocks);
  // Decide which paragraphs are headings.
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.heading) continue;
    const next = paras.slice(i + 1).find((q) => q.text || q.marker);
    if (p.marker?.scheme === 'decimal') {
      // "1. INTRODUCTION" / "2.0 Roles of Members" followed by "1.1" / "2.1": a numbered heading.
      const n = next?.marker?.scheme === 'decimal' ? next.marker.number : null;
      const deeper = n !== null && (n.startsWith(`${p.marker.number}.`) || (p.marker.number.endsWith('.0') && n.startsWith(`${p.marker.number.slice(0, -2)}.`)));
      if (deeper && isHeadingLike(p) && (isAllCaps(p.text) || !/[.:]$/.test(p.text))) p.heading = true;
      continue;
    }
    if (p.marker) continue;
    const prev = paras[i - 1];
    const standAlone = (q: Para) => q.lines === 1 && !q.marker && isHeadingLike(q) && !/:-?$/.test(q.text);
    const prevEnded = !prev || prev.heading || endsSentence(prev.text) || prev.marker?.scheme === 'bullet' || standAlone(prev);
    const nextStarts = !next || next.heading || (next.marker !== null && next.marker.scheme === 'decimal') || isAllCaps(p.text) || (i < 3 && standAlone(next));
    if (isHeadingLike(p) && !/:$/.test(p.text) && prevEnded && nextStarts) p.heading = true;
  }

  let title: string | null = null;
  const sections: ImportedSection[] = [];
  const clauses: ImportedClause[] = [];
  let section: ImportedSection | null = null;
  let parent: ImportedClause | null = null;
  const sectionIds = new Set<string>();
  const clauseIds = new Set<string>();
  let unnumbered = 0;
  const slug = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '').slice(0, 60) || 'x';
  const unique = (set: Set<string>, base: string) => {
    let id = base;
    for (let k = 2; set.has(id); k++) id = `${base.slice(0, 56)}-${k}`;
    set.add(id);
    return id;
  };
  const topSchemeBySection = new Map<string | null, NumberScheme>();

  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.heading) {
      const looksLikeTitle = (t: string) => /protocol|code|relations|charter|guidance/i.test(t);
      if (title !== null && sections.length === 0 && !p.marker && clauses.length === 0 && !looksLikeTitle(title) && looksLikeTitle(p.text)) {
        // "Agreed Council 250609" above "MEMBER/OFFICER PROTOCOL": the second is the title, the first a line of its own.
        unnumbered += 1;
        clauses.push({ id: unique(clauseIds, `p${unnumbered}`), number: null, scheme: null, section: null, text: title });
        title = p.text;
        continue;
      }
      if (title === null && sections.length === 0 && !p.marker && clauses.every((c) => c.number === null)) {
        // The first unnumbered heading before any numbered clause is the document's title.
        title = p.text;
        continue;
      }
      const last = sections[sections.length - 1];
      if (last && section === last && !clauses.some((c) => c.section === last.id) && last.number === null && !p.marker && sections.length === 1 && clauses.length === 0) {
        // Two headings in a row at the top (a title, then the council's name, then "Introduction"): the first is a subtitle.
        sections.pop();
        unnumbered += 1;
        clauses.push({ id: unique(clauseIds, `p${unnumbered}`), number: null, scheme: null, section: null, text: last.heading });
      }
      const number = p.marker?.number ?? null;
      const id = unique(sectionIds, number ? `s${slug(number)}` : `s-${slug(p.text.toLowerCase()).slice(0, 40)}`);
      section = { id, number, heading: p.text.replace(/\s*:-?$/, '') };
      sections.push(section);
      parent = null;
      continue;
    }
    const sectionKey = section?.id ?? null;
    const m = p.marker;
    const top = topSchemeBySection.get(sectionKey);
    const isSubItem = m !== null && m.scheme !== 'decimal' && parent !== null && top !== m.scheme && (top === 'decimal' || top === undefined ? parent.number !== null || parent.text.endsWith(':') : false);
    const bulletUnderLead = m?.scheme === 'bullet' && parent !== null && (parent.text.endsWith(':') || parent.text.endsWith(':-') || (clauses[clauses.length - 1] === parent && parent.text.includes('\n')));
    if (m && (isSubItem || bulletUnderLead) && parent) {
      parent.text += `\n${m.scheme === 'bullet' ? '-' : m.raw} ${p.text}`;
      continue;
    }
    if (!m && parent && parent.scheme === 'decimal' && parent.section === (section?.id ?? null)) {
      // An unnumbered paragraph after a numbered clause belongs to it (as the council's own numbering reads).
      parent.text += `${startsLower(p.text) ? ' ' : '\n'}${p.text}`;
      continue;
    }
    if (m && !topSchemeBySection.has(sectionKey)) topSchemeBySection.set(sectionKey, m.scheme);
    let id: string;
    if (m && m.scheme !== 'bullet') {
      const base = slug(m.number.replace(/[()]/g, ''));
      id = clauseIds.has(base) || m.scheme !== 'decimal' ? unique(clauseIds, section && m.scheme !== 'decimal' ? `${section.id.replace(/^s/, '')}-${base}`.replace(/^-/, '') : base) : unique(clauseIds, base);
    } else {
      unnumbered += 1;
      id = unique(clauseIds, `p${unnumbered}`);
    }
    const clause: ImportedClause = { id, number: m ? m.number : null, scheme: m?.scheme ?? null, section: section?.id ?? null, text: p.text };
    clauses.push(clause);
    parent = clause;
  }
  return { title, sections, clauses };
}

/** Plain text (a .txt or .md file) as blocks: each line one block, a blank line marking a gap. */
export function textToBlocks(text: string): SourceBlock[] {
  const out: SourceBlock[] = [];
  let gap = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!raw.trim()) {
      gap = true;
      continue;
    }
    const md = /^\s*(#{1,6})\s+/.exec(raw);
    out.push({ text: raw, kind: md ? 'heading' : 'line', level: md ? md[1]!.length : undefined, gapBefore: gap, indented: /^\s/.test(raw) });
    gap = false;
  }
  return out;
}
