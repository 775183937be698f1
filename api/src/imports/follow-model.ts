/**
 * Following a model with an imported document's differences: where the document differs from the model
 * (clause by clause by id, rule by rule by section and key, and the review schedule), and the draft that
 * follows the model and keeps the differences chosen. Pure: no I/O.
 */
import { compareClauses, compareItems, type Change } from '../domain/compare';
import type { Clause, DocumentSection, ProtocolDocument, ReviewSchedule } from '../domain/protocol';
import { documentItems, SECTION_LISTS, type Section } from '../domain/protocol-items';

export const FOLLOW_KEEPS = ['model', 'document'] as const;
export type Keep = (typeof FOLLOW_KEEPS)[number];

export interface Difference {
  /** "clause:<id>", "rule:<section>:<key>" or "review". */
  id: string;
  kind: 'clause' | 'rule' | 'review';
  /** The clause id, the rule key, or "schedule". */
  key: string;
  /** For a rule: its section. */
  section: Section | null;
  /** For a clause: its number (the document's, else the model's). */
  number: string | null;
  /** added: only in the document; changed; removed: only in the model. */
  change: Change;
  /** What the model says (a clause, a rule's body, the review facts), or null. */
  model: unknown;
  /** What the document says, or null. */
  document: unknown;
  /** Which is kept unless the user says otherwise: the document's where it says something, else the model's. */
  keep: Keep;
}

/** The review facts compared: how often, when and by whom; adoption dates are the council's, not the model's. */
const REVIEW_FACTS = ['reviewEveryMonths', 'reviewOn', 'reviewingBody', 'amendedBy'] as const;
const reviewFacts = (r: ReviewSchedule): Partial<ReviewSchedule> => Object.fromEntries(REVIEW_FACTS.filter((k) => r[k] != null).map((k) => [k, r[k]]));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const clauseDifferenceId = (key: string) => `clause:${key}`;
export const ruleDifferenceId = (section: string, key: string) => `rule:${section}:${key}`;

/** Where the document differs from the model, in the model's order then the document's additions. */
export function modelDifferences(model: ProtocolDocument, doc: ProtocolDocument): Difference[] {
  const out: Difference[] = [];
  for (const c of compareClauses(model.clauses, doc.clauses)) {
    out.push({
      id: clauseDifferenceId(c.key),
      kind: 'clause',
      key: c.key,
      section: null,
      number: c.number,
      change: c.change,
      model: c.before,
      document: c.after,
      keep: c.change === 'removed' ? 'model' : 'document',
    });
  }
  const items = (d: ProtocolDocument) => documentItems(d).map((i) => ({ section: i.section, key: i.key, body: i.body }));
  for (const r of compareItems(items(model), items(doc))) {
    out.push({
      id: ruleDifferenceId(r.section, r.key),
      kind: 'rule',
      key: r.key,
      section: r.section,
      number: null,
      change: r.change,
      model: r.before,
      document: r.after,
      keep: r.change === 'removed' ? 'model' : 'document',
    });
  }
  const [m, d] = [reviewFacts(model.review), reviewFacts(doc.review)];
  if (Object.keys(d).length && !same(m, d)) {
    out.push({ id: 'review', kind: 'review', key: 'schedule', section: null, number: null, change: Object.keys(m).length ? 'changed' : 'added', model: Object.keys(m).length ? m : null, document: d, keep: 'document' });
  }
  return out;
}

export interface FollowedModel {
  document: ProtocolDocument;
  /** What was brought along or left out, in words, for the reviewer. */
  notes: string[];
}

/**
 * The model's document (placeholders already filled for the council) with the document's differences
 * applied where `choices` (by difference id; the default where absent) keep the document's. Nothing is
 * mended behind the user's back: a rule kept from the document that cites a clause left out is a problem
 * the draft shows (protocolProblems), as saveDraftDocument would. The model's adoption facts are not carried: the draft is the
 * council's; the document's own adoption and last-updated dates are, with its review facts.
 */
export function followModelWith(model: ProtocolDocument, doc: ProtocolDocument, choices: Readonly<Record<string, Keep>> = {}): FollowedModel {
  const notes: string[] = [];
  const diffs = modelDifferences(model, doc);
  const keeps = (d: Difference) => (choices[d.id] ?? d.keep) === 'document';
  const copy = <T>(v: T): T => structuredClone(v);

  const { adoptedOn: _a, adoptedBy: _b, effectiveFrom: _e, reviewOn: _r, amendments: _m, ...modelReview } = model.review;
  const out: ProtocolDocument = { ...copy(model), review: copy({ ...modelReview, clauses: modelReview.clauses ?? [] }) };
  const sections: DocumentSection[] = out.sections ? [...out.sections] : [];

  const ensureSection = (id: string | undefined) => {
    if (!id || sections.some((s) => s.id === id)) return;
    const s = doc.sections?.find((x) => x.id === id);
    if (s) sections.push(copy(s));
  };
  /** Puts a document clause in, after the nearest clause before it in the document that is already there. */
  const insertClause = (c: Clause) => {
    const at = doc.clauses.indexOf(c);
    const ids = new Set(out.clauses.map((x) => x.id));
    let after = -1;
    for (let i = at - 1; i >= 0; i--) {
      const prev = doc.clauses[i]!.id;
      if (prev && ids.has(prev)) {
        after = out.clauses.findIndex((x) => x.id === prev);
        break;
      }
    }
    ensureSection(c.section);
    // First in the document (nothing before it kept): first here too.
    out.clauses.splice(after + 1, 0, copy(c));
  };

  for (const d of diffs.filter((x) => x.kind === 'clause' && keeps(x))) {
    if (d.change === 'added') insertClause(d.document as Clause);
    else if (d.change === 'changed') {
      const theirs = d.document as Clause;
      const i = out.clauses.findIndex((c) => c.id === d.key);
      // The model's place and section; the document's words (and number, heading when it gives them).
      out.clauses[i] = { ...out.clauses[i]!, text: theirs.text, ...(theirs.number != null ? { number: theirs.number } : {}), ...(theirs.heading ? { heading: theirs.heading } : {}) };
      if (out.clauses[i]!.textCy) {
        delete out.clauses[i]!.textCy;
        notes.push(`Clause ${theirs.number ?? d.key}: the model's Welsh text was left out, as it no longer matches the words kept.`);
      }
    } else {
      out.clauses = out.clauses.filter((c) => c.id !== d.key);
      out.review.clauses = out.review.clauses.filter((c) => c !== d.key);
    }
  }

  for (const d of diffs.filter((x) => x.kind === 'rule' && keeps(x))) {
    const section = d.section!;
    const list = out[SECTION_LISTS[section]] as unknown[];
    const index = documentItems(out).filter((i) => i.section === section).findIndex((i) => i.key === d.key);
    if (d.change === 'removed') {
      if (index >= 0) list.splice(index, 1);
      continue;
    }
    if (d.change === 'changed' && index >= 0) list[index] = copy(d.document);
    else list.push(copy(d.document));
  }
  const review = diffs.find((x) => x.kind === 'review');
  if (review && keeps(review)) {
    for (const k of REVIEW_FACTS) delete out.review[k];
    Object.assign(out.review, copy(review.document));
    for (const c of doc.review.clauses) if (!out.review.clauses.includes(c)) out.review.clauses.push(c);
  }
  // The document's own dates, as it states them.
  for (const k of ['adoptedOn', 'adoptedBy', 'lastUpdated'] as const) if (doc.review[k]) (out.review as unknown as Record<string, unknown>)[k] = doc.review[k];

  if (sections.length) out.sections = sections;
  return { document: out, notes };
}
