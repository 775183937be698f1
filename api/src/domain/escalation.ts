/**
 * Escalation routes: which chain a concern follows and who handles each step.
 * Pure: the API adds office holders and clause texts to what this returns.
 */
import { inLanguage, phrase, type Language } from './answer-text';
import { describeHandler, handlerOf, handlerRoles, isRole, leadRole, withoutRole } from './handlers';
import {
  reportingLine,
  ROLE_KINDS,
  type ChainCondition,
  type ConcernKind,
  type EnquiryCategory,
  type EscalationChain,
  type EscalationStep,
  type Handler,
  type Role,
  type RoleKey,
  type Severity,
} from './protocol';
import { isA } from './roles';

export interface RouteQuestion {
  concern: ConcernKind;
  /** 'any' when the asker does not say. */
  severity: Severity;
  /** The role the concern is about, if it is about one (the Clerk, an officer…). */
  about?: RoleKey;
  /** For a late enquiry: its category (a chain for that category wins over the general one). */
  category?: EnquiryCategory;
  /** Who raises the concern (a role key of the protocol), for chains that depend on it (format v2). */
  raisedBy?: RoleKey;
  /** What the person raising it seeks ("formal complaint"), for chains that depend on it. */
  seeks?: string;
  /** The chain asked for by its id, when the caller has chosen among several. */
  chainId?: string;
}

export interface RouteStep {
  /** Position in the chain (0-based), as the protocol numbers its steps. */
  index: number;
  /**
   * Who takes this step for this concern: the handler, or an alternative when the handler is the
   * subject; for a handler expression, its first role (null for a procedure alone).
   */
  handler: RoleKey | null;
  /** Everyone who may or must take the step, as the protocol says it, without the subject (null when skipped). */
  handledBy: Handler | null;
  /** `handledBy` in words, in the language asked for ("the Director or the Head of Service"). */
  handlerText: string | null;
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

/** A chain the caller may choose, where the question does not say which applies. */
export interface ChainChoice {
  chain: EscalationChain;
  chainId: string | null;
  when: ChainCondition | null;
  /** The condition in words, in the language asked for (or "the general route"). */
  description: string;
}

export interface Route {
  /** The chain that applies; null when the caller must choose one of `choices`. */
  chain: EscalationChain | null;
  /** Why this chain: its condition, what the question said that matched, or that it is the only one. */
  chosenBecause: string;
  /** The chains the caller may choose from, when the question does not decide (else empty). */
  choices: ChainChoice[];
  steps: RouteStep[];
  /** Whom the concern is about (as asked, or the role the chain is kept for). */
  subject: RoleKey | null;
  warnings: RouteWarning[];
}

/** The roles of the protocol a route reads: titles for its notes, reportsTo for its warnings, kinds for `raisedBy`. */
export type RouteRoles = readonly (Pick<Role, 'key' | 'title'> & Partial<Pick<Role, 'titleCy' | 'reportsTo' | 'kind' | 'builtIn'>>)[];

/**
 * The chains that could serve a concern, best first: for a late enquiry, the one for its category if
 * there is one; the one about exactly this role if there is one, else the general one, else (when the
 * asker does not say whom it is about) one kept for a particular role: a concern about the Clerk finds
 * the Clerk chain with or without `about`; of the same severity if there is one, else the one for any.
 * Chains of equal rank (several for one concern, told apart by `when`) come together at the front.
 */
function rankedChains(chains: readonly EscalationChain[], q: RouteQuestion): EscalationChain[][] {
  const candidates = chains.filter(
    (c) =>
      c.concern === q.concern &&
      (c.about === undefined || q.about === undefined || c.about === q.about) &&
      (c.category === undefined || c.category === q.category) &&
      (c.severity === q.severity || c.severity === 'any'),
  );
  // Compared in order: category kept for this one, then about (exact, general, kept for some role), then severity.
  const rank = (c: EscalationChain) => [c.category !== undefined ? 1 : 0, c.about === undefined ? 1 : c.about === q.about ? 2 : 0, c.severity === q.severity ? 1 : 0];
  const groups = new Map<string, EscalationChain[]>();
  for (const c of candidates) {
    const k = rank(c).join();
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([, g]) => g);
}

/** The best chain for a concern (the first of several for it, when their `when` is not asked about). */
export function findChain(chains: readonly EscalationChain[], q: RouteQuestion): EscalationChain | null {
  return chooseChain(chains, q).chain ?? rankedChains(chains, q)[0]?.[0] ?? null;
}

type Fit = 'yes' | 'no' | 'unknown';
const norm = (s: string) => s.trim().toLowerCase().replace(/[_\s]+/g, ' ');

/** Does a chain's condition fit the question? unknown: it depends on something the question does not say. */
function fits(when: ChainCondition, q: RouteQuestion, roles: RouteRoles): Fit {
  const parts: Fit[] = [];
  if (when.raisedBy !== undefined) {
    if (q.raisedBy === undefined) parts.push('unknown');
    else {
      const kind = roles.find((r) => r.key === q.raisedBy)?.kind;
      const byKind = (ROLE_KINDS as readonly string[]).includes(when.raisedBy) && (kind === when.raisedBy || isA(q.raisedBy, when.raisedBy, roles as Role[]));
      parts.push(byKind || isA(q.raisedBy, when.raisedBy, roles as Role[]) ? 'yes' : 'no');
    }
  }
  if (when.seeks !== undefined) {
    if (q.seeks === undefined) parts.push('unknown');
    else parts.push(norm(q.seeks).includes(norm(when.seeks)) || norm(when.seeks).includes(norm(q.seeks)) ? 'yes' : 'no');
  }
  return parts.includes('no') ? 'no' : parts.includes('unknown') ? 'unknown' : 'yes';
}

export interface ChainChoiceResult {
  chain: EscalationChain | null;
  /** Which of the reasons applied (turned into words by the route). */
  reason: 'asked' | 'only' | 'condition' | 'selector' | 'general' | 'others_do_not_fit' | 'must_choose';
  choices: EscalationChain[];
}

/**
 * Which chain applies to a question (format v2: several chains per concern kind, told apart by
 * `when`): the one asked for by id; else, among the best-ranked chains, the one whose condition the
 * question meets; else the general one (no `when`), offering the others as choices when the question
 * does not say enough to rule them out; else the choices, for the caller to pick.
 */
export function chooseChain(chains: readonly EscalationChain[], q: RouteQuestion, roles: RouteRoles = []): ChainChoiceResult {
  if (q.chainId !== undefined) {
    const chain = chains.find((c) => c.id === q.chainId && c.concern === q.concern) ?? null;
    return { chain, reason: 'asked', choices: [] };
  }
  const group = rankedChains(chains, q)[0] ?? [];
  if (group.length === 0) return { chain: null, reason: 'only', choices: [] };
  if (group.length === 1 && !group[0]!.when) {
    const c = group[0]!;
    const selected = c.about !== undefined || c.category !== undefined || c.severity !== 'any';
    return { chain: c, reason: selected ? 'selector' : 'only', choices: [] };
  }
  const withFit = group.map((c) => ({ c, fit: c.when ? fits(c.when, q, roles) : ('general' as const) }));
  const yes = withFit.filter((x) => x.fit === 'yes').map((x) => x.c);
  if (yes.length === 1) return { chain: yes[0]!, reason: 'condition', choices: [] };
  if (yes.length > 1) return { chain: null, reason: 'must_choose', choices: yes };
  const unknown = withFit.filter((x) => x.fit === 'unknown').map((x) => x.c);
  const general = withFit.filter((x) => x.fit === 'general').map((x) => x.c);
  if (unknown.length === 0) {
    if (general.length === 0) return { chain: null, reason: 'only', choices: [] };
    return { chain: general[0]!, reason: group.length > 1 ? 'others_do_not_fit' : 'only', choices: [] };
  }
  if (general.length > 0) return { chain: general[0]!, reason: 'general', choices: [...general, ...unknown] };
  return { chain: null, reason: 'must_choose', choices: unknown };
}

/**
 * The route of a concern: which chain applies and why (or the choices), who takes each step (a handler
 * expression without the subject; a v1 alternative when the handler is the subject), and whom to tell
 * and consult, never the subject (issue 12 point 11: the subject never hears of it through the route;
 * each step says whom it left out). With the protocol's roles, a step whose handler reports to the
 * subject (where the roles say who reports to whom) is warned of. Notes, warnings and handler words
 * are in the language asked for, with the protocol's Welsh titles where it has them.
 */
export function escalationRoute(chains: readonly EscalationChain[], q: RouteQuestion, roles: RouteRoles = [], lang: Language = 'en'): Route | null {
  const t = phrase(lang);
  const choice = chooseChain(chains, q, roles);
  if (!choice.chain && choice.choices.length === 0) return null;
  const title = (key: RoleKey) => {
    const r = roles.find((x) => x.key === key);
    return t.the(r ? inLanguage(lang, r.title, r.titleCy) : key.replace(/_/g, ' '));
  };
  const describeWhen = (c: EscalationChain) => (c.when ? inLanguage(lang, c.when.description, c.when.descriptionCy) : t.generalRoute.split(';')[0]!);
  const choices: ChainChoice[] = choice.choices.map((c) => ({ chain: c, chainId: c.id ?? null, when: c.when ?? null, description: describeWhen(c) }));
  const chain = choice.chain;
  if (!chain) return { chain: null, chosenBecause: t.mustChoose, choices, steps: [], subject: q.about ?? null, warnings: [] };
  const chosenBecause = because(chain, choice.reason, q, lang, title);

  // Whom the concern is about: as asked, else the role the chain is kept for.
  const subject = q.about ?? chain.about;
  const steps = chain.steps.map((step, index): RouteStep => {
    const routed = (handledBy: Handler | null, skipped: RouteStep['skipped'], notes: string[] = []) => {
      const r = withoutSubject({ index, handler: leadRole(handledBy), handledBy, handlerText: handledBy ? describeHandler(handledBy, title, lang) : null, step, skipped }, subject, title, lang);
      return { ...r, notes: [...notes, ...r.notes] };
    };
    const own = handlerOf(step);
    if (q.severity === 'serious' && chain.seriousStartsAt !== undefined && index < chain.seriousStartsAt) return routed(null, 'serious_starts_later');
    if (q.severity === 'minor' && step.preconditions.includes('serious_only')) return routed(null, 'serious_only');
    if (q.severity === 'serious' && step.preconditions.includes('minor_only')) return routed(null, 'minor_only');
    if (!own) return routed(null, null);
    // A step taken with the person concerned, naming them by a general role ("the employee concerned",
    // "the member concerned"): when the concern is about someone of that kind, it is taken with them
    // (Eastvale 3.2: a concern about an Executive Head is first discussed with that Executive Head).
    if (subject && step.withSubjectFirst && isRole(own) && own.role !== subject && isA(subject, own.role, roles as Role[])) return routed({ role: subject }, null);
    if (subject && !step.withSubjectFirst && handlerRoles(own).includes(subject)) {
      const rest = withoutRole(own, subject);
      if (rest) return routed(rest, null, [t.subjectNotHandler(title(subject))]);
      const alternative = (step.alternatives ?? []).find((a) => a !== subject);
      return alternative ? routed({ role: alternative }, null) : routed(null, 'handler_is_subject');
    }
    return routed(own, null);
  });
  const warnings: RouteWarning[] = [];
  if (subject) {
    for (const s of steps) {
      for (const handler of handlerRoles(s.handledBy)) {
        if (handler === subject) continue;
        const line = reportingLine(roles as Role[], handler);
        const at = line.indexOf(subject);
        if (at < 0) continue;
        warnings.push({
          kind: 'handler_reports_to_subject',
          step: s.index,
          handler,
          subject,
          message: t.reportsToSubject(s.index + 1, title(handler), title(subject), line.slice(0, at).map(title)),
        });
      }
    }
  }
  return { chain, chosenBecause, choices, steps, subject: subject ?? null, warnings };
}

/** Why a chain applies, in words. */
function because(chain: EscalationChain, reason: ChainChoiceResult['reason'], q: RouteQuestion, lang: Language, title: (key: RoleKey) => string): string {
  const t = phrase(lang);
  const facts = [
    chain.when?.raisedBy !== undefined && q.raisedBy !== undefined && t.raisedBy(title(q.raisedBy)),
    chain.when?.seeks !== undefined && q.seeks !== undefined && t.seeks(chain.when.seeks),
  ].filter((x): x is string => Boolean(x));
  switch (reason) {
    case 'asked':
      return t.chosenByAsker;
    case 'condition': {
      const d = inLanguage(lang, chain.when!.description, chain.when!.descriptionCy);
      return facts.length ? `${d} (${facts.join(', ')})` : d;
    }
    case 'selector':
      return chain.description ? inLanguage(lang, chain.description, chain.descriptionCy) : t.onlyRoute;
    case 'general':
      return t.generalRoute;
    case 'others_do_not_fit':
      return t.otherRoutesDoNotFit;
    default:
      return t.onlyRoute;
  }
}

/** A step's lists without the subject, with a note for each list the subject was left out of. */
function withoutSubject(
  base: Pick<RouteStep, 'index' | 'handler' | 'handledBy' | 'handlerText' | 'step' | 'skipped'>,
  subject: RoleKey | undefined,
  title: (key: RoleKey) => string,
  lang: Language,
): RouteStep {
  const lists = { notify: base.step.notify, mayNotify: base.step.mayNotify ?? [], consult: base.step.consult ?? [] };
  const from = subject ? WITHHELD_FROM.filter((f) => lists[f].includes(subject)) : [];
  const keep = (list: RoleKey[]) => list.filter((r) => r !== subject);
  return {
    ...base,
    notify: keep(lists.notify),
    mayNotify: keep(lists.mayNotify),
    consult: keep(lists.consult),
    withheld: subject && from.length ? [{ role: subject, from }] : [],
    notes: subject && from.length ? [phrase(lang).subjectWithheld(title(subject), from.includes('notify') || from.includes('mayNotify'), from.includes('consult'))] : [],
  };
}
