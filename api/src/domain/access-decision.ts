/**
 * May this person see information of this classification? Decided from the
 * protocol's access rules. Pure: the API adds the clause texts.
 */
import type { AccessGrant, AccessRule, Classification, RoleKey } from './protocol';

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
}

/** needs_approval: allowed once one of `approvers` agrees to release it. */
export type Decision = 'allowed' | 'refused' | 'needs_decision' | 'needs_approval';

export interface AccessDecision {
  decision: Decision;
  rule: AccessRule | null;
  /** The grant that allows it, or the need-to-know grant awaiting a decision. */
  grant: AccessGrant | null;
  /** Who must decide need to know, when that is what is missing (or the first who may approve release). */
  decidedBy: RoleKey | null;
  /** Who may approve release, when the protocol requires approval first. */
  approvers: RoleKey[];
  reason: string;
}

const label = (c: Classification) => c.replace(/_/g, ' ');

type Ground = Omit<AccessGrant, 'alsoRequires' | 'approvedBy'>;

/** Does one ground hold? undefined: a need to know nobody has decided yet. */
function holds(grant: Ground, who: AccessRequester): boolean | undefined {
  switch (grant.kind) {
    case 'anyone':
      return true;
    case 'role':
      return grant.role === who.role;
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
function matches(grant: AccessGrant, who: AccessRequester): boolean | undefined {
  const all = [holds(grant, who), ...(grant.alsoRequires ?? []).map((g) => holds(g, who))];
  if (all.some((x) => x === false)) return false;
  return all.every((x) => x === true) ? true : undefined;
}

const describe = (g: Ground) =>
  g.description ?? `${words(g.kind)}${g.role ? ` (${words(g.role)})` : ''}${g.committee ? ` of the ${words(g.committee)}` : ''}`;
const words = (s: string) => s.replace(/_/g, ' ');

export function decideAccess(rules: readonly AccessRule[], classification: Classification, who: AccessRequester): AccessDecision {
  const rule = rules.find((r) => r.classification === classification) ?? null;
  if (!rule) {
    return classification === 'public'
      ? { decision: 'allowed', rule: null, grant: null, decidedBy: null, approvers: [], reason: 'Public information: the protocol places no limit on it' }
      : { decision: 'refused', rule: null, grant: null, decidedBy: null, approvers: [], reason: `The protocol gives no one access to ${label(classification)} information` };
  }
  // A ground that needs nobody's approval first, then one that does.
  const allowing = rule.grants.find((g) => !g.approvedBy?.length && matches(g, who) === true) ?? rule.grants.find((g) => matches(g, who) === true);
  if (allowing) {
    const provided = [allowing.condition, ...(allowing.alsoRequires ?? []).map((g) => g.condition ?? describe(g))].filter(Boolean);
    const why = `${describe(allowing)}${provided.length ? `, provided that: ${provided.join('; ')}` : ''}`;
    if (allowing.approvedBy?.length) {
      return {
        decision: 'needs_approval',
        rule,
        grant: allowing,
        decidedBy: allowing.approvedBy[0],
        approvers: allowing.approvedBy,
        reason: `Allowed once ${allowing.approvedBy.map(words).join(' or ')} approves release: ${why}`,
      };
    }
    return { decision: 'allowed', rule, grant: allowing, decidedBy: allowing.decidedBy ?? null, approvers: [], reason: `Allowed: ${why}` };
  }
  const pending = rule.grants.find((g) => matches(g, who) === undefined);
  if (pending) {
    const decider = pending.kind === 'need_to_know' ? pending.decidedBy : pending.alsoRequires?.find((g) => g.kind === 'need_to_know')?.decidedBy;
    return {
      decision: 'needs_decision',
      rule,
      grant: pending,
      decidedBy: decider ?? null,
      approvers: [],
      reason: `Only with a need to know, which ${decider ? words(decider) : 'the protocol'} decides`,
    };
  }
  return { decision: 'refused', rule, grant: null, decidedBy: null, approvers: [], reason: `No ground in the protocol gives this requester ${label(classification)} information` };
}
