/** Pure council vocabulary and validation rules, shared by API, worker, seeds and tests. */

export const COUNCIL_KINDS = [
  'parish',
  'town',
  'community',
  'city',
  'district',
  'borough',
  'county',
  'county_borough',
  'unitary',
  'metropolitan',
  'london_borough',
] as const;
export type CouncilKind = (typeof COUNCIL_KINDS)[number];

export const NATIONS = ['england', 'wales', 'scotland', 'northern_ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export const NAME_MAX = 200;
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Returns the problem with a council name, or null when it is fine. */
export function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'must not be empty';
  if (trimmed.length > NAME_MAX) return `must be at most ${NAME_MAX} characters (got ${trimmed.length})`;
  return null;
}

/** Returns the problem with a slug, or null when it is fine. */
export function slugProblem(slug: string): string | null {
  if (slug.length < 2 || slug.length > 63) return 'must be 2 to 63 characters long';
  if (!SLUG_PATTERN.test(slug)) {
    return 'must be lower-case letters, digits and hyphens, starting and ending with a letter or digit';
  }
  return null;
}

/**
 * Would moving `councilId` under `newParentId` make a cycle? `parentOf` gives the
 * current parent of any council (undefined when it has none or is unknown).
 */
export function wouldCycle(
  councilId: string,
  newParentId: string | null,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = newParentId; at; at = parentOf(at)) {
    if (at === councilId) return true;
    if (seen.has(at)) return true; // an existing cycle: refuse rather than loop
    seen.add(at);
  }
  return false;
}
