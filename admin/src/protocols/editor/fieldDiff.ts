/**
 * Rule changes in plain words: the fields of two rule bodies that differ, each with its path and
 * its value before and after ("steps › 2 › workingDays: 5 → 10"), rather than two whole bodies
 * of JSON. Pure, so tests/unit/field-diff.test.ts runs it.
 */
export interface FieldChange {
  /** Where in the rule: keys and 1-based list positions, e.g. ['steps', 2, 'workingDays']. */
  path: (string | number)[];
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalarList = (v: unknown): v is unknown[] => Array.isArray(v) && v.every((x) => !isObject(x) && !Array.isArray(x));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every leaf that differs between `before` and `after` (either may be missing: a rule added or removed). */
export function fieldChanges(before: unknown, after: unknown, path: (string | number)[] = []): FieldChange[] {
  if (same(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => fieldChanges(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after) && !(isScalarList(before) && isScalarList(after))) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => fieldChanges(before[i], after[i], [...path, i + 1])).flat();
  }
  // An object added or removed whole: its leaves one by one.
  if (isObject(after) && before === undefined) return Object.keys(after).flatMap((k) => fieldChanges(undefined, after[k], [...path, k]));
  if (isObject(before) && after === undefined) return Object.keys(before).flatMap((k) => fieldChanges(before[k], undefined, [...path, k]));
  // Missing, null, empty text and an empty list all read "—": no difference to show.
  const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  if (empty(before) && empty(after)) return [];
  return [{ path, before, after }];
}

/** A value as words: text as it is, yes/no, lists joined, nothing as "—". */
export function valueText(v: unknown, yes = 'yes', no = 'no'): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? yes : no;
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText(x, yes, no)).join(', ') : '—';
  if (isObject(v)) return JSON.stringify(v);
  return String(v);
}

/** "steps › 2 › workingDays: 5 → 10". */
export function changeText(c: FieldChange, yes?: string, no?: string): string {
  return `${c.path.join(' › ')}: ${valueText(c.before, yes, no)} → ${valueText(c.after, yes, no)}`;
}
