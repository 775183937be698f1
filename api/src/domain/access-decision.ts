/**
 * May this person see information of this classification? Decided from the
 * protocol's access rules. Pure: the API adds the clause texts.
 */
import { consultees, type AccessGrant, type AccessRelation, type AccessRule, type Classification, type DisclosureException, type Role, type RoleKey } from './protocol';
import { isA } from './roles';

export interface AccessRequester {
  /** The requester's role: member, cabinet_member, officer… */
  role: RoleKey;
  /** A member of the committee (or sub-committee, or the Executive) the information belongs to. */
  committeeMember?: boolean;
  /** Whether a need to know has been established: true, false, or undefined when nobody has decided yet. */
  needToKnow?: boolean;
  /** A member of an Overview and Scrutiny committee looking at the matter. */
  overviewScrutiny?: boolean;
  /** A member of the party group whose papers these are. */
  partyGroupMember?: boolean;
  /** A member for the ward the matter concerns. */
  wardMember?: boolean;
  /** A member of the political group forming the administration. */
  administrationGroup?: boolean;
  /**
   * How the requester stands to the matter (format v2): 'requester' (they asked for it: "only the
   * Member who asked"), 'ward_member' (the matter is in their ward), 'subject' (it is about them).
   */
  relations?: AccessRelation[];
}

/** needs_approval: allowed once one of `approvers` agrees to release it. */
/** not_covered: the protocol says nothing about the classification (a silence, not a refusal). */
export type Decision = 'allowed' | 'refused' | 'needs_decision' | 'needs_approval' | 'not_covered';

export interface AccessDecision {
  decision: Decision;
  rule: AccessRule | null;
  /** The grant that allows it, or the need-to-know grant awaiting a decision. */
  grant: AccessGrant | null;
  /** Who must decide need to know, when that is what is missing (or the first who may approve release). */
  decidedBy: RoleKey | null;
  /** Who may approve release, when the protocol requires approval first. */
  approvers: RoleKey[];
  /** The role the grant names, when the requester holds it as a kind of that role (a Chairman is a Member). */
  through: RoleKey | null;
  reason: string;
  /** The clauses the answer rests on (the rule's; none when the protocol says nothing). */
  clauses: string[];
  /**
   * The disclosure exceptions that may apply to this classification (those limited to it, and those
   * not limited to any), each with whom to consult first.
   */
  exceptions: { exception: DisclosureException; consult: RoleKey[] }[];
}

const label = (c: Classification) => c.replace(/_/g, ' ');

type Ground = Omit<AccessGrant, 'alsoRequires' | 'approvedBy'>;
type Roles = readonly Pick<Role, 'key' | 'kind' | 'builtIn'>[];

/** Does one ground hold? undefined: a need to know nobody has decided yet. */
function holds(grant: Ground, who: AccessRequester, roles: Roles): boolean | undefined {
  // A ground kept for a relation to the matter holds only for a requester in that relation.
  if (grant.relation !== undefined) {
    const related = grant.relation === 'ward_member' ? who.wardMember === true || who.relations?.includes('ward_member') === true : who.relations?.includes(grant.relation) === true;
    if (!related) return false;
  }
  switch (grant.kind) {
    case 'anyone':
      return true;
    case 'role':
      return grant.role !== undefined && isA(who.role, grant.role, roles);
    case 'committee_member':
      return who.committeeMember === true;
    case 'need_to_know':
      return who.needToKnow;
    case 'overview_scrutiny':
      return who.overviewScrutiny === true;
    case 'party_group_member':
      return who.partyGroupMember === true;
    case 'ward_member':
      return who.wardMember === true;
    case 'administration_group':
      return who.administrationGroup === true;
  }
  return false;
}

/** A grant holds when its own ground and every ground it also requires hold. */
function matchesFor(grant: AccessGrant, who: AccessRequester, roles: Roles): boolean | undefined {
  const all = [holds(grant, who, roles), ...(grant.alsoRequires ?? []).map((g) => holds(g, who, roles))];
  if (all.some((x) => x === false)) return false;
  return all.every((x) => x === true) ? true : undefined;
}

const RELATION_WORDS: Record<AccessRelation, string> = { requester: 'only the one who asked', ward_member: 'only the ward member', subject: 'only the person it is about' };
const describe = (g: Ground) =>
  g.description ??
  `${words(g.kind)}${g.role ? ` (${words(g.role)})` : ''}${g.committee ? ` of the ${words(g.committee)}` : ''}${g.relation ? `, ${RELATION_WORDS[g.relation]}` : ''}`;
const words = (s: string) => s.replace(/_/g, ' ');
const article = (w: string) => `${/^[aeiou]/.test(w) ? 'an' : 'a'} ${w}`;

/**
 * `roles`: the protocol's roles, so that a role it lists as a member counts as a Member (built-in
 * kinds apply without them).
 */
export function decideAccess(
  rules: readonly AccessRule[],
  classification: Classification,
  who: AccessRequester,
  roles: Roles = [],
  exceptions: readonly DisclosureException[] = [],
): AccessDecision {
  const d = decide(rules, classification, who, roles);
  const applicable = exceptions
    .filter((e) => e.classifications === undefined || e.classifications.length === 0 || e.classifications.includes(classification))
    .map((exception) => ({ exception, consult: consultees(exception) }));
  // Exceptions allow disclosure of what is not public; public information needs none.
  return { ...d, clauses: d.rule?.clauses ?? [], exceptions: classification === 'public' ? [] : applicable };
}

function decide(rules: readonly AccessRule[], classification: Classification, who: AccessRequester, roles: Roles): Omit<AccessDecision, 'clauses' | 'exceptions'> {
  const matches = (g: AccessGrant) => matchesFor(g, who, roles);
  const rule = rules.find((r) => r.classification === classification) ?? null;
  if (!rule) {
    return classification === 'public'
      ? { decision: 'allowed', rule: null, grant: null, decidedBy: null, approvers: [], through: null, reason: 'Public information: the protocol places no limit on it' }
      : {
          decision: 'not_covered',
          rule: null,
          grant: null,
          decidedBy: null,
          approvers: [],
          through: null,
          reason: `The protocol says nothing about access to ${label(classification)} information`,
        };
  }
  // A ground that needs nobody's approval first, then one that does.
  const allowing = rule.grants.find((g) => !g.approvedBy?.length && matches(g) === true) ?? rule.grants.find((g) => matches(g) === true);
  if (allowing) {
    const provided = [allowing.condition, ...(allowing.alsoRequires ?? []).map((g) => g.condition ?? describe(g))].filter(Boolean);
    const through = viaKind(allowing, who);
    const as = through ? ` (${article(words(who.role))} is ${article(words(through))})` : '';
    const why = `${describe(allowing)}${as}${provided.length ? `, provided that: ${provided.join('; ')}` : ''}`;
    if (allowing.approvedBy?.length) {
      return {
        decision: 'needs_approval',
        rule,
        grant: allowing,
        decidedBy: allowing.approvedBy[0],
        approvers: allowing.approvedBy,
        through,
        reason: `Allowed once ${allowing.approvedBy.map(words).join(' or ')} approves release: ${why}`,
      };
    }
    return { decision: 'allowed', rule, grant: allowing, decidedBy: allowing.decidedBy ?? null, approvers: [], through, reason: `Allowed: ${why}` };
  }
  const pending = rule.grants.find((g) => matches(g) === undefined);
  if (pending) {
    const decider = pending.kind === 'need_to_know' ? pending.decidedBy : pending.alsoRequires?.find((g) => g.kind === 'need_to_know')?.decidedBy;
    return {
      decision: 'needs_decision',
      rule,
      grant: pending,
      decidedBy: decider ?? null,
      approvers: [],
      through: null,
      reason: `Only with a need to know, which ${decider ? words(decider) : 'the protocol'} decides`,
    };
  }
  const kept = rule.grants.find((g) => g.relation !== undefined && matchesFor({ ...g, relation: undefined }, who, roles) === true);
  const why = kept ? `: ${describe(kept)}` : '';
  return { decision: 'refused', rule, grant: null, decidedBy: null, approvers: [], through: null, reason: `No ground in the protocol gives this requester ${label(classification)} information${why}` };
}

/** The role a role grant names, when the requester is a kind of it rather than it. */
function viaKind(grant: AccessGrant, who: AccessRequester): RoleKey | null {
  const named = [grant, ...(grant.alsoRequires ?? [])].find((g) => g.kind === 'role' && g.role !== undefined && g.role !== who.role);
  return named?.role ?? null;
}
