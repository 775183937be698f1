/**
 * How a protocol document maps to stored rows and back: clauses by number, and
 * every other rule as an item of a section with a key that identifies it across
 * versions (so two versions can be compared item by item). Pure.
 */
import type {
  AccessRule,
  AdviceRoute,
  Obligation,
  Clause,
  CorrespondenceRule,
  DocumentSection,
  DisclosureException,
  EscalationChain,
  Expectation,
  ProtocolDocument,
  ResponseStandard,
  ReviewSchedule,
  Role,
} from './protocol';
import { scheduledReview } from './dates';

export interface Sections {
  role: Role;
  expectation: Expectation;
  chain: EscalationChain;
  response_standard: ResponseStandard;
  access_rule: AccessRule;
  disclosure_exception: DisclosureException;
  correspondence_rule: CorrespondenceRule;
  obligation: Obligation;
  advice_route: AdviceRoute;
}
export type Section = keyof Sections;

/** Section → the document's list it lives in. */
export const SECTION_LISTS = {
  role: 'roles',
  expectation: 'expectations',
  chain: 'chains',
  response_standard: 'responseStandards',
  access_rule: 'accessRules',
  disclosure_exception: 'disclosureExceptions',
  correspondence_rule: 'correspondenceRules',
  obligation: 'obligations',
  advice_route: 'adviceRoutes',
} as const satisfies Record<Section, keyof ProtocolDocument>;

export const SECTIONS = Object.keys(SECTION_LISTS) as Section[];

export interface ItemRow<S extends Section = Section> {
  section: S;
  key: string;
  body: Sections[S];
  clauses: string[];
  position: number;
}

/** What identifies an item across versions. Expectations and obligations have no natural key: their place in their list (per direction or kind). */
export function itemKey<S extends Section>(section: S, body: Sections[S], indexInDirection = 0): string {
  switch (section) {
    case 'role':
      return (body as Role).key;
    case 'expectation':
      return `${(body as Expectation).direction}/${indexInDirection + 1}`;
    case 'chain': {
      // Format 2: several chains may serve one concern, told apart by their id or their `when` (a v1
      // chain has neither, so its key is unchanged).
      const c = body as EscalationChain;
      const when = c.when && [c.when.raisedBy, c.when.seeks].some(Boolean) ? `when:${[c.when.raisedBy ?? '', (c.when.seeks ?? '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_')].join(':')}` : undefined;
      return [c.concern, c.severity, c.about, c.id ?? when].filter(Boolean).join('/');
    }
    case 'response_standard':
      return (body as ResponseStandard).category;
    case 'access_rule':
      return (body as AccessRule).classification;
    case 'disclosure_exception':
      return (body as DisclosureException).key;
    case 'correspondence_rule':
      return (body as CorrespondenceRule).key;
    case 'obligation':
      return `${(body as Obligation).kind}/${indexInDirection + 1}`;
    case 'advice_route':
      return (body as AdviceRoute).topic;
  }
  throw new Error(`unknown section ${String(section)}`);
}

/** Every clause an item cites, its steps' included. */
export function citedClauses(section: Section, body: Sections[Section]): string[] {
  const own = body.clauses ?? [];
  if (section !== 'chain') return [...own];
  const steps = (body as EscalationChain).steps.flatMap((s) => s.clauses);
  return [...new Set([...own, ...steps])];
}

export function documentItems(doc: ProtocolDocument): ItemRow[] {
  const rows: ItemRow[] = [];
  for (const section of SECTIONS) {
    const list = doc[SECTION_LISTS[section]] as Sections[Section][];
    const perDirection: Record<string, number> = {};
    list.forEach((body, position) => {
      const group = section === 'expectation' ? (body as Expectation).direction : section === 'obligation' ? (body as Obligation).kind : null;
      const n = group ? (perDirection[group] = (perDirection[group] ?? -1) + 1) : 0;
      rows.push({ section, key: itemKey(section, body, n), body, clauses: citedClauses(section, body), position });
    });
  }
  return rows;
}

/** Rebuilds a document from its stored parts (items in any order; each section sorted by position). */
export function assembleDocument(
  title: string | { title: string; titleCy?: string; sections?: DocumentSection[] },
  clauses: Clause[],
  items: Pick<ItemRow, 'section' | 'body' | 'position'>[],
  review: ReviewSchedule,
): ProtocolDocument {
  const head = typeof title === 'string' ? { title } : title;
  const doc: ProtocolDocument = {
    format: 2,
    title: head.title,
    ...(head.titleCy ? { titleCy: head.titleCy } : {}),
    ...(head.sections?.length ? { sections: head.sections } : {}),
    clauses,
    roles: [],
    expectations: [],
    chains: [],
    responseStandards: [],
    accessRules: [],
    disclosureExceptions: [],
    correspondenceRules: [],
    obligations: [],
    adviceRoutes: [],
    review,
  };
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    (doc[SECTION_LISTS[item.section]] as unknown[]).push(item.body);
  }
  return doc;
}

/**
 * The next review date of an adopted version: the fixed review date when the
 * protocol gives one, otherwise adoption (or effect) plus the review period, counted
 * only from a full date (a year or a month alone gives none: see dates.reviewNote).
 */
export function nextReviewDue(review: Pick<ReviewSchedule, 'adoptedOn' | 'effectiveFrom' | 'reviewEveryMonths' | 'reviewOn'>): string | null {
  return scheduledReview(review);
}

/**
 * A rule with every citation of clause `from` changed to `to` (its steps' and
 * grants' included), or null when the rule does not cite `from`.
 */
export function renumberCitations<T>(body: T, from: string, to: string): T | null {
  let changed = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => {
          if (k === 'clauses' && Array.isArray(x)) {
            return [k, x.map((n) => (n === from ? ((changed = true), to) : n))];
          }
          return [k, walk(x)];
        }),
      );
    }
    return v;
  };
  const out = walk(body) as T;
  return changed ? out : null;
}
