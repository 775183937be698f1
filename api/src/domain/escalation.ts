/**
 * Escalation routes: which chain a concern follows and who handles each step.
 * Pure: the API adds office holders and clause texts to what this returns.
 */
import type { ConcernKind, EnquiryCategory, EscalationChain, EscalationStep, RoleKey, Severity } from './protocol';

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
 * is one; the one about exactly this role if there is one, else the general one;
 * of the same severity if there is one, else the one for any.
 */
export function findChain(chains: readonly EscalationChain[], q: RouteQuestion): EscalationChain | null {
  const candidates = chains.filter(
    (c) => c.concern === q.concern && (c.about === undefined || c.about === q.about) && (c.category === undefined || c.category === q.category),
  );
  const score = (c: EscalationChain) => (c.category !== undefined ? 4 : 0) + (c.about !== undefined ? 2 : 0) + (c.severity === q.severity ? 1 : c.severity === 'any' ? 0 : -10);
  const best = candidates.filter((c) => score(c) >= 0).sort((a, b) => score(b) - score(a))[0];
  return best ?? null;
}

export function escalationRoute(chains: readonly EscalationChain[], q: RouteQuestion): Route | null {
  const chain = findChain(chains, q);
  if (!chain) return null;
  const steps = chain.steps.map((step, index): RouteStep => {
    if (q.severity === 'serious' && chain.seriousStartsAt !== undefined && index < chain.seriousStartsAt) {
      return { index, handler: null, step, skipped: 'serious_starts_later' };
    }
    if (q.severity === 'minor' && step.preconditions.includes('serious_only')) return { index, handler: null, step, skipped: 'serious_only' };
    if (q.severity === 'serious' && step.preconditions.includes('minor_only')) return { index, handler: null, step, skipped: 'minor_only' };
    if (q.about && step.handler === q.about) {
      const alternative = (step.alternatives ?? []).find((a) => a !== q.about);
      return alternative
        ? { index, handler: alternative, step, skipped: null }
        : { index, handler: null, step, skipped: 'handler_is_subject' };
    }
    return { index, handler: step.handler, step, skipped: null };
  });
  return { chain, steps };
}
