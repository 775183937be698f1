/**
 * Escalation routes: which chain a concern follows and who handles each step.
 * Pure: the API adds office holders and clause texts to what this returns.
 */
import { reportingLine, type ConcernKind, type EnquiryCategory, type EscalationChain, type EscalationStep, type Role, type RoleKey, type Severity } from './protocol';
import { isA } from './roles';

export interface RouteQuestion {
  concern: ConcernKind;
  /** 'any' when the asker does not say. */
  severity: Severity;
  /** The role the concern is about, if it is about one (the Clerk, an officer…). */
  about?: RoleKey;
  /** For a late enquiry: its category (a chain for that category wins over the general one). */
  category?: EnquiryCategory;
}

export interface RouteStep {
  /** Position in the chain (0-based), as the protocol numbers its steps. */
  index: number;
  /** Who takes this step for this concern: the handler, or an alternative when the handler is the subject. */
  handler: RoleKey | null;
  step: EscalationStep;
  /** Why the step does not apply, when it does not. */
  skipped: null | 'handler_is_subject' | 'serious_only' | 'minor_only' | 'serious_starts_later';
  /** Whom to tell, who may be told and whom to consult at this step: the step's lists without the subject. */
  notify: RoleKey[];
  mayNotify: RoleKey[];
  consult: RoleKey[];
  /** The subject, where the step's lists named them and the route left them out. */
  withheld: { role: RoleKey; from: WithheldFrom[] }[];
  /** What the route changed at this step and why ("The Chief Executive is not told: the concern is about them."). */
  notes: string[];
}

export const WITHHELD_FROM = ['notify', 'mayNotify', 'consult'] as const;
export type WithheldFrom = (typeof WITHHELD_FROM)[number];

/** Something about a route the person following it should know (a handler who reports to the subject). */
export interface RouteWarning {
  kind: 'handler_reports_to_subject';
  /** The step it is about. */
  step: number;
  handler: RoleKey;
  subject: RoleKey;
  message: string;
}

export interface Route {
  chain: EscalationChain;
  steps: RouteStep[];
  /** Whom the concern is about (as asked, or the role the chain is kept for). */
  subject: RoleKey | null;
  warnings: RouteWarning[];
}

/** The roles of the protocol a route reads: titles for its notes, reportsTo for its warnings. */
export type RouteRoles = readonly Pick<Role, 'key' | 'title' | 'reportsTo'>[];

/**
 * The chain for a concern: for a late enquiry, the one for its category if there
 * is one; the one about exactly this role if there is one, else the general one,
 * else (when the asker does not say whom it is about) one kept for a particular
 * role: a concern about the Clerk finds the Clerk chain with or without `about`;
 * of the same severity if there is one, else the one for any.
 */
export function findChain(chains: readonly EscalationChain[], q: RouteQuestion): EscalationChain | null {
  const candidates = chains.filter(
    (c) =>
      c.concern === q.concern &&
      (c.about === undefined || q.about === undefined || c.about === q.about) &&
      (c.category === undefined || c.category === q.category) &&
      (c.severity === q.severity || c.severity === 'any'),
  );
  // Compared in order: category kept for this one, then about (exact, general, kept for some role), then severity.
  const rank = (c: EscalationChain) => [
    c.category !== undefined ? 1 : 0,
    c.about === undefined ? 1 : c.about === q.about ? 2 : 0,
    c.severity === q.severity ? 1 : 0,
  ];
  const better = (a: EscalationChain, b: EscalationChain) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return rb[i]! - ra[i]!;
    return 0;
  };
  return [...candidates].sort(better)[0] ?? null;
}

/**
 * The route of a concern: who takes each step (an alternative when the handler is the subject),
 * and whom to tell and consult, never the subject (issue 12 point 11: the subject never hears of it
 * through the route; each step says whom it left out). With the protocol's roles, a step whose
 * handler reports to the subject (where the roles say who reports to whom) is warned of.
 */
export function escalationRoute(chains: readonly EscalationChain[], q: RouteQuestion, roles: RouteRoles = []): Route | null {
  const chain = findChain(chains, q);
  if (!chain) return null;
  // Whom the concern is about: as asked, else the role the chain is kept for.
  const subject = q.about ?? chain.about;
  const title = (key: RoleKey) => `the ${roles.find((r) => r.key === key)?.title ?? key.replace(/_/g, ' ')}`;
  const steps = chain.steps.map((step, index): RouteStep => {
    const routed = (handler: RoleKey | null, skipped: RouteStep['skipped']) => withoutSubject({ index, handler, step, skipped }, subject, title);
    if (q.severity === 'serious' && chain.seriousStartsAt !== undefined && index < chain.seriousStartsAt) return routed(null, 'serious_starts_later');
    if (q.severity === 'minor' && step.preconditions.includes('serious_only')) return routed(null, 'serious_only');
    if (q.severity === 'serious' && step.preconditions.includes('minor_only')) return routed(null, 'minor_only');
    // A step taken with the person concerned, naming them by a general role ("the employee concerned",
    // "the member concerned"): when the concern is about someone of that kind, it is taken with them
    // (Eastvale 3.2: a concern about an Executive Head is first discussed with that Executive Head).
    if (subject && step.withSubjectFirst && step.handler !== subject && isA(subject, step.handler)) return routed(subject, null);
    if (subject && step.handler === subject && !step.withSubjectFirst) {
      const alternative = (step.alternatives ?? []).find((a) => a !== subject);
      return alternative ? routed(alternative, null) : routed(null, 'handler_is_subject');
    }
    return routed(step.handler, null);
  });
  const warnings: RouteWarning[] = [];
  if (subject) {
    for (const s of steps) {
      if (s.handler === null || s.handler === subject) continue;
      const line = reportingLine(roles, s.handler);
      const at = line.indexOf(subject);
      if (at < 0) continue;
      const through = line.slice(0, at).map(title);
      warnings.push({
        kind: 'handler_reports_to_subject',
        step: s.index,
        handler: s.handler,
        subject,
        message: `Step ${s.index + 1}: ${capital(title(s.handler))} reports to ${title(subject)}${through.length ? ` (through ${through.join(', ')})` : ''}, whom the concern is about.`,
      });
    }
  }
  return { chain, steps, subject: subject ?? null, warnings };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A step's lists without the subject, with a note for each list the subject was left out of. */
function withoutSubject(
  base: Pick<RouteStep, 'index' | 'handler' | 'step' | 'skipped'>,
  subject: RoleKey | undefined,
  title: (key: RoleKey) => string,
): RouteStep {
  const lists = { notify: base.step.notify, mayNotify: base.step.mayNotify ?? [], consult: base.step.consult ?? [] };
  const from = subject ? WITHHELD_FROM.filter((f) => lists[f].includes(subject)) : [];
  const keep = (list: RoleKey[]) => list.filter((r) => r !== subject);
  const words: Record<WithheldFrom, string> = { notify: 'told', mayNotify: 'told', consult: 'consulted' };
  const verbs = [...new Set(from.map((f) => words[f]))].join(' or ');
  return {
    ...base,
    notify: keep(lists.notify),
    mayNotify: keep(lists.mayNotify),
    consult: keep(lists.consult),
    withheld: subject && from.length ? [{ role: subject, from }] : [],
    notes: subject && from.length ? [`${capital(title(subject))} is not ${verbs}: the concern is about them.`] : [],
  };
}
