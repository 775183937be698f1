/**
 * Escalation routes: which chain a concern follows and who handles each step.
 * Pure: the API adds office holders and clause texts to what this returns.
 */
import type { ConcernKind, EnquiryCategory, EscalationChain, EscalationStep, RoleKey, Severity } from './protocol';
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
}

export interface Route {
  chain: EscalationChain;
  steps: RouteStep[];
}

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

export function escalationRoute(chains: readonly EscalationChain[], q: RouteQuestion): Route | null {
  const chain = findChain(chains, q);
  if (!chain) return null;
  // Whom the concern is about: as asked, else the role the chain is kept for.
  const subject = q.about ?? chain.about;
  const steps = chain.steps.map((step, index): RouteStep => {
    if (q.severity === 'serious' && chain.seriousStartsAt !== undefined && index < chain.seriousStartsAt) {
      return { index, handler: null, step, skipped: 'serious_starts_later' };
    }
    if (q.severity === 'minor' && step.preconditions.includes('serious_only')) return { index, handler: null, step, skipped: 'serious_only' };
    if (q.severity === 'serious' && step.preconditions.includes('minor_only')) return { index, handler: null, step, skipped: 'minor_only' };
    // A step taken with the person concerned, naming them by a general role ("the employee concerned",
    // "the member concerned"): when the concern is about someone of that kind, it is taken with them
    // (Eastvale 3.2: a concern about an Executive Head is first discussed with that Executive Head).
    if (subject && step.withSubjectFirst && step.handler !== subject && isA(subject, step.handler)) {
      return { index, handler: subject, step, skipped: null };
    }
    if (subject && step.handler === subject && !step.withSubjectFirst) {
      const alternative = (step.alternatives ?? []).find((a) => a !== subject);
      return alternative
        ? { index, handler: alternative, step, skipped: null }
        : { index, handler: null, step, skipped: 'handler_is_subject' };
    }
    return { index, handler: step.handler, step, skipped: null };
  });
  return { chain, steps };
}
