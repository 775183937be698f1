import { vocabulary } from '../common/enums';
import {
  ACCESS_GRANTS,
  ACCESS_RELATIONS,
  CLASSIFICATIONS,
  CONCERN_KINDS,
  CORRESPONDENCE_RULES,
  COUNT_UNITS,
  DISCLOSURE_EXCEPTIONS,
  ENQUIRY_CATEGORIES,
  EXTENSION_TERMS,
  OBLIGATION_KINDS,
  PRECONDITIONS,
  RECEIPT_CONVENTIONS,
  ROLE_KEYS,
  ROLE_KINDS,
  SEVERITIES,
  STEP_ACTIONS,
} from '../domain/protocol';
import { EXPECTATION_DIRECTIONS, PROTOCOL_STATUSES, type ProtocolStatus as ProtocolStatusValue } from '../domain/vocabularies';

/** Kept here for the feature folders that import it from the protocols (the helper lives in common/enums.ts). */
export { vocabulary };

export const ProtocolStatus = vocabulary(PROTOCOL_STATUSES, 'ProtocolStatus', 'draft → adopted → superseded');
export type ProtocolStatus = ProtocolStatusValue;

export const ConcernKindEnum = vocabulary(CONCERN_KINDS, 'ConcernKind', 'The kinds of concern a protocol routes');
export const SeverityEnum = vocabulary(SEVERITIES, 'Severity', 'How serious a concern is; ANY when the protocol does not distinguish');
export const EnquiryCategoryEnum = vocabulary(ENQUIRY_CATEGORIES, 'EnquiryCategory', "Categories of members' enquiries with response standards");
export const ClassificationEnum = vocabulary(CLASSIFICATIONS, 'Classification', 'How confidential a document or piece of information is');
export const RoleKeyEnum = vocabulary(ROLE_KEYS, 'RoleKey', 'The shared vocabulary of roles; each protocol gives its own titles');
export const RoleKindEnum = vocabulary(ROLE_KINDS, 'RoleKind', 'Member, officer, body (a committee, full council) or external (the Ombudsman)');
export const StepActionEnum = vocabulary(STEP_ACTIONS, 'StepAction', 'What happens at a step of an escalation chain');
export const PreconditionEnum = vocabulary(PRECONDITIONS, 'Precondition', 'What must hold for a step to apply');
export const AccessGrantKindEnum = vocabulary(ACCESS_GRANTS, 'AccessGrantKind', 'On what ground someone may see information of a classification');
export const AccessRelationEnum = vocabulary(ACCESS_RELATIONS, 'AccessRelation', 'How a requester stands to the matter: the one who asked, the ward member, the person it is about');
export const DisclosureExceptionEnum = vocabulary(DISCLOSURE_EXCEPTIONS, 'DisclosureExceptionKind', 'When confidential information may be disclosed');
export const CorrespondenceRuleEnum = vocabulary(CORRESPONDENCE_RULES, 'CorrespondenceRuleKind', 'Rules on copying and sending correspondence');
export const ObligationKindEnum = vocabulary(OBLIGATION_KINDS, 'ObligationKind', 'A duty, a right, a restriction, or a disclosure someone must make');
export const ExtensionTermEnum = vocabulary(EXTENSION_TERMS, 'ExtensionTerm', 'What is owed when a response will take longer than the standard');
export const ExpectationDirectionEnum = vocabulary(EXPECTATION_DIRECTIONS, 'ExpectationDirection', 'Who can expect what of whom');
export const ReceiptConventionEnum = vocabulary(
  RECEIPT_CONVENTIONS,
  'ReceiptConvention',
  "How a receipt on a non-working day counts: ICO (the ICO's reading, the default: day 1 is the first working day after the date of receipt) or NEXT_WORKING_DAY (moved to the next working day, counted from the day after)",
);
export const CountUnitEnum = vocabulary(COUNT_UNITS, 'CountUnit', "What a response standard's numbers count: WORKING_DAYS (the default), CALENDAR_DAYS or HOURS");
