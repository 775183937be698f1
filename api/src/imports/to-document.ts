/**
 * Accepted suggestions to a protocol document: the one place that knows the document format, so that
 * the format moves on only this file changes. Pure: no I/O. Writes format version 2 (api/src/domain/protocol.ts):
 * clause ids and numbers as written, sections, dates as stated.
 */
import {
  ENQUIRY_CATEGORIES,
  type Clause,
  type DocumentSection,
  ROLE_KEYS,
  type ConcernKind,
  type CorrespondenceRule,
  type EnquiryCategory,
  type EscalationChain,
  type ProtocolDocument,
  type ResponseStandard,
  type Role,
  type RoleKey,
  type RoleKind,
} from '../domain/protocol';
import type { DateValue, EscalationValue, ReviewValue, Suggestion, TimeLimitValue } from './extract';
import type { StructuredText } from './structure';

export interface Decisions {
  /** Ids of the suggestions to use. */
  accept: string[];
  /** Edited values, by suggestion id (replacing the suggestion's value; the suggestion is accepted). */
  edits?: Record<string, unknown>;
  /** The protocol's title; the document's own when absent. */
  title?: string | null;
}

export interface DraftDocument {
  document: ProtocolDocument;
  /** What could not go into today's format, in words, for the reviewer. */
  notes: string[];
}

const ROLE_KIND_OF: Partial<Record<RoleKey, RoleKind>> = {};
const DEFAULT_TITLES: Partial<Record<RoleKey, string>> = { officer: 'Officer', member: 'Member', full_council: 'Council' };
const isFullDate = (s: string | undefined) => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

function kindOf(key: RoleKey): RoleKind {
  if (ROLE_KIND_OF[key]) return ROLE_KIND_OF[key]!;
  const i = (ROLE_KEYS as readonly string[]).indexOf(key);
  return i < ROLE_KEYS.indexOf('clerk') ? 'member' : i < ROLE_KEYS.indexOf('full_council') ? 'officer' : i < ROLE_KEYS.indexOf('ombudsman') ? 'body' : 'external';
}

/** Which kind of enquiry a clause's time limit is for, from its words. */
export function guessCategory(text: string): EnquiryCategory {
  const t = text.toLowerCase();
  if (/\bward\b/.test(t)) return 'ward_matter';
  if (/planning/.test(t)) return 'planning';
  if (/policy matters|active consideration|report due/.test(t)) return 'policy_matter';
  if (/^complaints|complaints:/.test(t)) return 'complaint';
  if (/portfolio|political issues/.test(t)) return 'portfolio_political';
  if (/request(?:s|ed)? (?:for )?information|information (?:is )?request|may request such information/.test(t)) return 'information_request';
  return 'general_correspondence';
}

/** Which concern an escalation clause is about, from its words. */
export function guessConcern(text: string): ConcernKind {
  const t = text.toLowerCase();
  if (/complaints? about the (?:town |parish )?clerk/.test(t)) return 'about_clerk';
  if (/code of conduct/.test(t) && /ombudsman|standards committee/.test(t)) return 'code_of_conduct';
  if (/confiden/.test(t) && /breach/.test(t)) return 'confidentiality_breach';
  if (/(?:member|councillor)[^.]{0,80}(?:another|other) member/.test(t)) return 'member_about_member';
  if (
    /officer[^.]{0,120}(?:concern|complain|breach|believes)[^.]{0,120}member|(?:concern|breach)[^.]{0,40}by an officer[^.]{0,60}member/.test(t) ||
    /\b(?:where|if|when) an officer\b[\s\S]{0,40}\b(?:feels|believes|is concerned|has a concern)[\s\S]{0,60}\bmember/.test(t)
  )
    return 'officer_about_member';
  return 'member_about_officer';
}

/** The draft document the accepted suggestions make, with the clauses as written. */
export function importToDocument(structure: StructuredText, suggestions: Suggestion[], decisions: Decisions): DraftDocument {
  const notes: string[] = [];
  const accepted = new Set([...decisions.accept, ...Object.keys(decisions.edits ?? {})]);
  const chosen = suggestions
    .filter((s) => accepted.has(s.id))
    .map((s) => (decisions.edits && s.id in decisions.edits ? ({ ...s, value: decisions.edits[s.id] } as Suggestion) : s));
  const clauseText = new Map(structure.clauses.map((c) => [c.id, c.text]));
  // Format 2: clauses keep their ids, numbers as written (a bullet is an unnumbered paragraph), and sections.
  const seenNumbers = new Set<string>();
  const clauses: Clause[] = structure.clauses.map((c) => {
    let number = c.scheme === 'bullet' ? null : c.number;
    if (number !== null && seenNumbers.has(`${c.section}\u0000${number}`)) number = null; // numbers are unique within a section
    if (number !== null) seenNumbers.add(`${c.section}\u0000${number}`);
    return { id: c.id, number, ...(c.section ? { section: c.section } : {}), text: c.text };
  });
  const sections: DocumentSection[] = structure.sections.map((x) => ({ id: x.id, ...(x.number ? { number: x.number } : {}), heading: x.heading }));
  const roles: Role[] = [];
  const ensureRole = (key: RoleKey, title?: string, clause?: string) => {
    let r = roles.find((x) => x.key === key);
    if (!r) {
      r = { key, title: title ?? DEFAULT_TITLES[key] ?? key.replace(/_/g, ' ').replace(/^./, (x) => x.toUpperCase()), kind: kindOf(key), clauses: [] };
      roles.push(r);
    }
    if (clause && !r.clauses.includes(clause)) r.clauses.push(clause);
    return r;
  };
  for (const s of chosen) {
    if (s.kind !== 'role') continue;
    const r = ensureRole(s.value.key, s.value.title);
    r.clauses.push(...s.value.clauses.filter((c) => !r.clauses.includes(c)));
  }
  // A rule cites at most 50 clauses: a role named throughout ("Members") cites where it is first named.
  const capCitations = () => roles.forEach((r) => (r.clauses = r.clauses.slice(0, 50)));

  const standards: ResponseStandard[] = [];
  for (const s of chosen.filter((x): x is Extract<Suggestion, { kind: 'time_limit' }> => x.kind === 'time_limit')) {
    const v = s.value as TimeLimitValue;
    const text = clauseText.get(s.clause) ?? '';
    const category = guessCategory(text);
    let st = standards.find((x) => x.category === category);
    if (st && !st.clauses.includes(s.clause)) {
      notes.push(`The time limit in clause ${s.clause} ("${s.excerpt}") is for ${category.replace(/_/g, ' ')} enquiries, which clause ${st.clauses[0]} already sets; it was left out.`);
      continue;
    }
    if (!st) {
      const handler = v.handler ?? 'officer';
      ensureRole(handler, undefined, s.clause);
      st = { category, handler, escalateTo: [], description: text.length > 500 ? `${text.slice(0, 497)}…` : text, clauses: [s.clause] };
      standards.push(st);
    }
    const days = v.unit === 'end_of_next_working_day' ? 1 : v.amount ?? undefined;
    if (v.unit === 'hours') st.unit = 'hours';
    if (v.unit === 'calendar_days') st.unit = 'calendar_days';
    if (v.unit === 'before_meeting') st.respondBeforeMeeting = true;
    if (days !== undefined) {
      if (v.what === 'acknowledge') st.acknowledgeWithinDays = days;
      else st.respondWithinDays = days;
    }
  }

  const chains: EscalationChain[] = [];
  for (const s of chosen.filter((x): x is Extract<Suggestion, { kind: 'escalation' }> => x.kind === 'escalation')) {
    const v = s.value as EscalationValue;
    const concern = guessConcern(clauseText.get(s.clause) ?? '');
    if (chains.some((c) => c.concern === concern)) {
      notes.push(`The escalation in clause ${s.clause} is a second ${concern.replace(/_/g, ' ')} chain; it was left out (today's format has one per kind).`);
      continue;
    }
    // A chain spread over the clauses after it ("If the matter cannot be resolved at the initial stage…") cites each.
    const at = (step: EscalationValue['steps'][number]) => step.clause ?? s.clause;
    for (const step of v.steps) ensureRole(step.role, step.title, at(step));
    chains.push({
      concern,
      severity: 'any',
      steps: v.steps.map((step, i) => ({
        handler: step.role,
        action: i === 0 ? 'raise_concern' : 'referral',
        description: `${i === 0 ? 'Raise it with' : 'If not resolved, refer it to'} the ${step.title}`,
        notify: [],
        preconditions: i === 0 ? [] : ['unresolved_at_previous_step'],
        clauses: [at(step)],
      })),
      clauses: [...new Set([s.clause, ...v.steps.map(at)])],
    });
  }

  const review: ProtocolDocument['review'] = { clauses: [] };
  const cite = (c: string) => review.clauses.includes(c) || review.clauses.push(c);
  for (const s of chosen) {
    if (s.kind === 'adoption') {
      const v = s.value as DateValue;
      review.adoptedOn = v.on; // as stated: YYYY, YYYY-MM or YYYY-MM-DD
      if (v.by) review.adoptedBy = ensureRole(v.by, undefined, s.clause).key;
      cite(s.clause);
    } else if (s.kind === 'last_updated') {
      const v = s.value as DateValue;
      if (!review.lastUpdated || v.on > review.lastUpdated) review.lastUpdated = v.on;
      if (v.scope && isFullDate(v.on)) (review.amendments ??= []).push({ on: v.on, scope: v.scope, clauses: [s.clause] });
    } else if (s.kind === 'review') {
      const v = s.value as ReviewValue;
      if (v.everyMonths) review.reviewEveryMonths = v.everyMonths;
      if (v.on && isFullDate(v.on)) review.reviewOn = v.on;
      else if (v.on) notes.push(`Review ${v.on}: a fixed review date must be a full date; set the day in the draft.`);
      if (v.body) review.reviewingBody = ensureRole(v.body, undefined, s.clause).key;
      if (v.amendedBy) review.amendedBy = ensureRole(v.amendedBy, undefined, s.clause).key;
      cite(s.clause);
    }
  }

  const correspondence: CorrespondenceRule[] = [];
  for (const s of chosen) {
    if (s.kind !== 'correspondence') continue;
    const existing = correspondence.find((c) => c.key === s.value.key);
    if (existing) {
      if (!existing.clauses.includes(s.clause)) existing.clauses.push(s.clause);
      continue;
    }
    correspondence.push({ key: s.value.key, description: s.excerpt, clauses: [s.clause] });
  }
  if (chosen.some((s) => s.kind === 'access')) {
    notes.push('Confidentiality and access statements are shown for review but not made into access rules: who may see what needs a person to decide.');
  }

  capCitations();
  return {
    document: {
      format: 2,
      sections,
      title: decisions.title?.trim() || structure.title || 'Member/Officer Protocol',
      clauses,
      roles,
      expectations: [],
      chains,
      responseStandards: standards,
      accessRules: [],
      disclosureExceptions: [],
      correspondenceRules: correspondence,
      obligations: [],
      adviceRoutes: [],
      review,
    },
    notes,
  };
}

export { ENQUIRY_CATEGORIES };
