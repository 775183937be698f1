/**
 * What changed between two versions of a protocol (or a protocol and its model):
 * clauses by id (which renumbering keeps) and rules by section and key, added, changed or
 * removed. Pure.
 */
import { clauseId } from './clauses';
import type { Clause } from './protocol';
import type { ItemRow, Section } from './protocol-items';

export type Change = 'added' | 'changed' | 'removed';

export interface ClauseChange {
  /** The clause's id. */
  key: string;
  /** Its number after the change (before, when removed). */
  number: string | null;
  change: Change;
  before: Clause | null;
  after: Clause | null;
}

export interface ItemChange {
  section: Section;
  key: string;
  change: Change;
  before: unknown;
  after: unknown;
}

/** JSON with keys sorted, so that two equal rules compare equal whatever their key order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

export function compareClauses(before: readonly Clause[], after: readonly Clause[]): ClauseChange[] {
  const old = new Map(before.map((c) => [clauseId(c), c]));
  const now = new Map(after.map((c) => [clauseId(c), c]));
  const same = (a: Clause, b: Clause) =>
    (a.number ?? null) === (b.number ?? null) &&
    (a.section ?? '') === (b.section ?? '') &&
    (a.heading ?? '') === (b.heading ?? '') &&
    (a.headingCy ?? '') === (b.headingCy ?? '') &&
    a.text === b.text &&
    (a.textCy ?? '') === (b.textCy ?? '');
  const changes: ClauseChange[] = [];
  for (const c of after) {
    const key = clauseId(c);
    const b = old.get(key);
    if (!b) changes.push({ key, number: c.number ?? null, change: 'added', before: null, after: c });
    else if (!same(b, c)) changes.push({ key, number: c.number ?? null, change: 'changed', before: b, after: c });
  }
  for (const b of before) if (!now.has(clauseId(b))) changes.push({ key: clauseId(b), number: b.number ?? null, change: 'removed', before: b, after: null });
  return changes;
}

/** A stored rule as compared: its section, its key, and its body. */
export type ComparableItem = Pick<ItemRow, 'section' | 'key'> & { body: unknown };

export function compareItems(before: readonly ComparableItem[], after: readonly ComparableItem[]): ItemChange[] {
  const id = (i: { section: string; key: string }) => `${i.section}\u0000${i.key}`;
  const old = new Map(before.map((i) => [id(i), i]));
  const now = new Map(after.map((i) => [id(i), i]));
  const changes: ItemChange[] = [];
  for (const i of after) {
    const b = old.get(id(i));
    if (!b) changes.push({ section: i.section, key: i.key, change: 'added', before: null, after: i.body });
    else if (canonical(b.body) !== canonical(i.body)) changes.push({ section: i.section, key: i.key, change: 'changed', before: b.body, after: i.body });
  }
  for (const b of before) if (!now.has(id(b))) changes.push({ section: b.section, key: b.key, change: 'removed', before: b.body, after: null });
  return changes;
}
