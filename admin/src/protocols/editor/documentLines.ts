/**
 * Where a problem's path ("chains[2].steps[1].handler", or "line 4, column 7" for a syntax error)
 * is in the document's text, as a 1-based line number: for YAML as exportDocument writes it (block
 * style, two-space indents, "- " list items), found by indentation; for JSON, by the keys in order.
 * Null when it cannot be found (the problem is still listed; only the jump to its line is lost).
 */

type Segment = string | number;

export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

interface Token {
  line: number;
  /** Column of a list item's dash, or -1. */
  dash: number;
  /** The key on the line (after any dash), and its column; key null for a bare value. */
  key: string | null;
  col: number;
}

function tokens(lines: string[]): (Token | null)[] {
  return lines.map((raw, line) => {
    if (!raw.trim() || raw.trimStart().startsWith('#')) return null;
    let col = raw.length - raw.trimStart().length;
    let dash = -1;
    let rest = raw.slice(col);
    if (rest === '-' || rest.startsWith('- ')) {
      dash = col;
      const after = rest.slice(1);
      const pad = after.length - after.trimStart().length;
      col += 1 + pad;
      rest = after.trimStart();
    }
    const m = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s:#'"][^:#]*?)\s*:(\s|$)/.exec(rest);
    const key = m ? m[1]!.replace(/^["']|["']$/g, '') : null;
    return { line, dash, key, col };
  });
}

function yamlLine(text: string, segments: Segment[]): number | null {
  const lines = text.split('\n');
  const toks = tokens(lines);
  let start = 0;
  let end = lines.length;
  let found: number | null = null;
  for (const seg of segments) {
    const inRange = toks.slice(start, end).filter((t): t is Token => t !== null);
    if (typeof seg === 'string') {
      // The direct children of the current node: keys at the smallest column in range.
      const keyed = inRange.filter((t) => t.key !== null);
      if (!keyed.length) return found;
      const col = Math.min(...keyed.map((t) => t.col));
      const hit = keyed.find((t) => t.col === col && t.key === seg);
      if (!hit) return found;
      found = hit.line + 1;
      start = hit.line + 1;
      const next = inRange.find((t) => t.line > hit.line && (t.col <= col || (t.dash >= 0 && t.dash < col)));
      end = next ? next.line : end;
      // A list item's first key sits on its dash's line; its siblings follow at the same column.
    } else {
      const dashed = inRange.filter((t) => t.dash >= 0);
      if (!dashed.length) return found;
      const col = Math.min(...dashed.map((t) => t.dash));
      const items = dashed.filter((t) => t.dash === col);
      const item = items[seg];
      if (!item) return found;
      found = item.line + 1;
      const next = items[seg + 1] ?? inRange.find((t) => t.line > item.line && t.col <= col && t.dash !== col);
      start = item.line;
      end = next ? next.line : end;
      // The item's own keys are at the column after its dash: drop the dash so they read as keys of one node.
      toks[item.line] = { ...item, dash: -1 };
    }
  }
  return found;
}

function jsonLine(text: string, segments: Segment[]): number | null {
  // Keys in order, each after the one before: good enough to land near the problem.
  let at = 0;
  let found: number | null = null;
  for (const seg of segments) {
    if (typeof seg !== 'string') continue;
    const i = text.indexOf(`"${seg}"`, at);
    if (i < 0) break;
    at = i + seg.length + 2;
    found = text.slice(0, i).split('\n').length;
  }
  return found;
}

export function lineOfPath(text: string, path: string): number | null {
  const syntax = /^line (\d+)/.exec(path);
  if (syntax) return Number(syntax[1]);
  const segments = pathSegments(path);
  if (!segments.length) return null;
  return text.trimStart().startsWith('{') ? jsonLine(text, segments) : yamlLine(text, segments);
}

/** The character offsets of a 1-based line, to select it in a textarea. */
export function lineRange(text: string, line: number): [number, number] {
  const lines = text.split('\n');
  const n = Math.min(Math.max(line, 1), lines.length);
  const start = lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return [start, start + lines[n - 1]!.length];
}
