/**
 * Clauses as written (issue 12, format version 2). A clause has a stable id, which rules cite,
 * apart from the number shown: any text ("8.63", "(a)", "i.", "•"), or none for an unnumbered
 * paragraph, unique within its section (not the document). Sections, in document order, carry
 * headings. Renumbering a clause never changes its id, so no citation breaks. Pure.
 */
import type { Clause, DocumentSection, Problem } from './protocol';

/** The form of a new id: letters, digits, ".", "_", "-", starting with a letter or digit. */
export const CLAUSE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;

/**
 * A stored id: a new one has the form above; one carried from version 1 is the clause's number
 * as it was (v1 numbers were unique per version), whatever its characters.
 */
export const isClauseId = (s: unknown): s is string => typeof s === 'string' && s.trim().length >= 1 && s.length <= 60;

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|[-]+$/g, '')
    .slice(0, 50);

/**
 * The id a clause added without one gets: its number (within its section: "section.number"),
 * else `p<n>` (n its place, from 1); never one already taken. A version-1 clause's id is thus its number.
 */
export function deriveClauseId(clause: Pick<Clause, 'number' | 'section'>, index: number, taken: ReadonlySet<string>): string {
  const number = clause.number?.trim();
  let base = number ? (clause.section ? `${clause.section}.${number}` : number) : `p${index + 1}`;
  if (!isClauseId(base)) base = number && slug(number) ? `${clause.section ? `${slug(clause.section)}.` : ''}${slug(number)}`.slice(0, 50) : `p${index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The id every clause has once stored: its own, or (version 1) its number. */
export const clauseId = (c: Pick<Clause, 'id' | 'number'>): string => c.id ?? c.number ?? '';

/** The clauses with an id each: their own, else derived (in order, never one another's). */
export function withClauseIds<C extends Clause>(clauses: readonly C[]): (C & { id: string })[] {
  const taken = new Set(clauses.map((c) => c.id).filter((x): x is string => !!x));
  return clauses.map((c, i) => {
    if (c.id) return c as C & { id: string };
    const id = deriveClauseId(c, i, taken);
    taken.add(id);
    return { ...c, id };
  });
}

/** What is wrong with a document's sections and clauses (ids, numbers within sections, sections named). */
export function clauseProblems(clauses: readonly Clause[], sections: readonly DocumentSection[] = []): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const sectionIds = new Set<string>();
  sections.forEach((s, i) => {
    if (!CLAUSE_ID.test(s.id)) add(`sections[${i}].id`, 'must be letters, digits, ".", "_" or "-", starting with a letter or digit (at most 60)');
    if (sectionIds.has(s.id)) add(`sections[${i}].id`, `"${s.id}" appears twice`);
    sectionIds.add(s.id);
    if (!s.heading?.trim()) add(`sections[${i}].heading`, 'is empty');
  });
  const ids = new Set<string>();
  const numbers = new Set<string>();
  clauses.forEach((c, i) => {
    const id = clauseId(c);
    if (!isClauseId(id)) add(`clauses[${i}].id`, 'must be 1 to 60 characters, not blank');
    else if (ids.has(id)) add(`clauses[${i}].id`, `"${id}" appears twice`);
    ids.add(id);
    if (c.section !== undefined && !sectionIds.has(c.section)) add(`clauses[${i}].section`, `"${c.section}" is not one of this protocol's sections`);
    if (c.number != null) {
      if (!c.number.trim()) add(`clauses[${i}].number`, 'is empty (leave it out for an unnumbered paragraph)');
      const at = `${c.section ?? ''}\u0000${c.number}`;
      if (numbers.has(at)) add(`clauses[${i}].number`, `"${c.number}" appears twice in ${c.section ? `section ${c.section}` : 'the clauses outside any section'}`);
      numbers.add(at);
    }
    if (!c.text.trim()) add(`clauses[${i}].text`, 'is empty');
  });
  return problems;
}

/** Every clause id of a document, for checking citations. */
export const clauseIds = (clauses: readonly Clause[]): Set<string> => new Set(clauses.map(clauseId));
