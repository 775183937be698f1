import { registerEnumType } from 'type-graphql';
import {
  ACCESS_GRANTS,
  CLASSIFICATIONS,
  CONCERN_KINDS,
  CORRESPONDENCE_RULES,
  DISCLOSURE_EXCEPTIONS,
  ENQUIRY_CATEGORIES,
  EXTENSION_TERMS,
  OBLIGATION_KINDS,
  PRECONDITIONS,
  ROLE_KEYS,
  ROLE_KINDS,
  SEVERITIES,
  STEP_ACTIONS,
} from '../domain/protocol';

export enum ProtocolStatus {
  DRAFT = 'draft',
  ADOPTED = 'adopted',
  SUPERSEDED = 'superseded',
}
registerEnumType(ProtocolStatus, { name: 'ProtocolStatus', description: 'draft → adopted → superseded' });

/** A GraphQL enum from one of the domain's vocabularies: NAME_IN_CAPITALS → the stored lower-case value. */
export function vocabulary<T extends string>(values: readonly T[], name: string, description: string): Record<string, T> {
  const e = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<string, T>;
  registerEnumType(e, { name, description });
  return e;
}

export const ConcernKindEnum = vocabulary(CONCERN_KINDS, 'ConcernKind', 'The kinds of concern a protocol routes');
export const SeverityEnum = vocabulary(SEVERITIES, 'Severity', 'How serious a concern is; ANY when the protocol does not distinguish');
export const EnquiryCategoryEnum = vocabulary(ENQUIRY_CATEGORIES, 'EnquiryCategory', "Categories of members' enquiries with response standards");
export const ClassificationEnum = vocabulary(CLASSIFICATIONS, 'Classification', 'How confidential a document or piece of information is');
export const RoleKeyEnum = vocabulary(ROLE_KEYS, 'RoleKey', 'The shared vocabulary of roles; each protocol gives its own titles');
export const RoleKindEnum = vocabulary(ROLE_KINDS, 'RoleKind', 'Member, officer, body (a committee, full council) or external (the Ombudsman)');
export const StepActionEnum = vocabulary(STEP_ACTIONS, 'StepAction', 'What happens at a step of an escalation chain');
export const PreconditionEnum = vocabulary(PRECONDITIONS, 'Precondition', 'What must hold for a step to apply');
export const AccessGrantKindEnum = vocabulary(ACCESS_GRANTS, 'AccessGrantKind', 'On what ground someone may see information of a classification');
export const DisclosureExceptionEnum = vocabulary(DISCLOSURE_EXCEPTIONS, 'DisclosureExceptionKind', 'When confidential information may be disclosed');
export const CorrespondenceRuleEnum = vocabulary(CORRESPONDENCE_RULES, 'CorrespondenceRuleKind', 'Rules on copying and sending correspondence');
export const ObligationKindEnum = vocabulary(OBLIGATION_KINDS, 'ObligationKind', 'A duty, a right, a restriction, or a disclosure someone must make');
export const ExtensionTermEnum = vocabulary(EXTENSION_TERMS, 'ExtensionTerm', 'What is owed when a response will take longer than the standard');
export const ExpectationDirectionEnum = vocabulary(['members_from_officers', 'officers_from_members'] as const, 'ExpectationDirection', 'Who can expect what of whom');
