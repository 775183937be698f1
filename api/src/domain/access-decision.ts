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
}

export type Decision = 'allowed' | 'refused' | 'needs_decision';

export interface AccessDecision {
  decision: Decision;
  rule: AccessRule | null;
  /** The grant that allows it, or the need-to-know grant awaiting a decision. */
  grant: AccessGrant | null;
  /** Who must decide need to know, when that is what is missing. */
  decidedBy: RoleKey | null;
  reason: string;
}

const label = (c: Classification) => c.replace(/_/g, ' ');

function matches(grant: AccessGrant, who: AccessRequester): boolean | undefined {
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
  }
  return false;
}

export function decideAccess(rules: readonly AccessRule[], classification: Classification, who: AccessRequester): AccessDecision {
  const rule = rules.find((r) => r.classification === classification) ?? null;
  if (!rule) {
    return classification === 'public'
      ? { decision: 'allowed', rule: null, grant: null, decidedBy: null, reason: 'Public information: the protocol places no limit on it' }
      : { decision: 'refused', rule: null, grant: null, decidedBy: null, reason: `The protocol gives no one access to ${label(classification)} information` };
  }
  const allowing = rule.grants.find((g) => matches(g, who) === true);
  if (allowing) {
    const why = allowing.description ?? `${allowing.kind.replace(/_/g, ' ')}${allowing.role ? ` (${allowing.role.replace(/_/g, ' ')})` : ''}`;
    return { decision: 'allowed', rule, grant: allowing, decidedBy: allowing.decidedBy ?? null, reason: `Allowed: ${why}` };
  }
  const pending = rule.grants.find((g) => g.kind === 'need_to_know' && who.needToKnow === undefined);
  if (pending) {
    return {
      decision: 'needs_decision',
      rule,
      grant: pending,
      decidedBy: pending.decidedBy ?? null,
      reason: `Only with a need to know, which ${pending.decidedBy?.replace(/_/g, ' ') ?? 'the protocol'} decides`,
    };
  }
  return { decision: 'refused', rule, grant: null, decidedBy: null, reason: `No ground in the protocol gives this requester ${label(classification)} information` };
}
