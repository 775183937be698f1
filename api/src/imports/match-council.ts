/**
 * Which council a file is for, from its name ("Cwmbran CC protocol 2024.pdf" → Cwmbran Community Council),
 * among the councils the uploader reaches. Pure. Generic words (council, town, protocol…) do not count;
 * a file whose name fits no council, or two equally well, is not matched.
 */
export interface CouncilName {
  id: string;
  name: string;
  slug: string;
}

const GENERIC = new Set([
  'council', 'councils', 'town', 'community', 'parish', 'county', 'borough', 'district', 'city', 'unitary', 'metropolitan', 'london', 'cc', 'tc', 'pc', 'bc', 'dc', 'cbc',
  'the', 'of', 'and', 'protocol', 'member', 'members', 'officer', 'officers', 'relations', 'code', 'conduct', 'final', 'draft', 'adopted', 'copy', 'v', 'version',
  'docx', 'pdf', 'html', 'htm', 'md', 'txt', 'cyngor', 'cymuned', 'tref', 'sir',
]);

export const nameWords = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !GENERIC.has(w) && !/^\d+$/.test(w));

export function matchCouncil(filename: string, councils: readonly CouncilName[]): { council: CouncilName } | { reason: 'none' | 'ambiguous'; candidates: string[] } {
  const base = filename.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const words = new Set([...nameWords(base), ...base.toLowerCase().split(/[^a-z0-9-]+/)]);
  const scored = councils
    .map((c) => {
      const own = nameWords(c.name);
      const hits = own.filter((w) => words.has(w)).length;
      const slugHit = words.has(c.slug) ? 1 : 0;
      return { c, score: own.length && hits === own.length ? hits : slugHit ? Math.max(1, own.length) : 0 };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  if (!scored.length) return { reason: 'none', candidates: [] };
  if (scored.length > 1 && scored[1]!.score === scored[0]!.score) return { reason: 'ambiguous', candidates: scored.filter((x) => x.score === scored[0]!.score).map((x) => x.c.name) };
  return { council: scored[0]!.c };
}
