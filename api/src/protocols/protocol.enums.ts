import { vocabulary } from '../common/enums';
import { roleTitleIn } from '../domain/glossary';
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

export const ProtocolStatus = vocabulary(PROTOCOL_STATUSES, 'ProtocolStatus', 'draft → adopted → superseded', {
  draft: 'Being written: the only status whose clauses and rules can change',
  adopted: "In force: the version the council's questions (deadlines, routes, access) are answered from; never changes",
  superseded: 'Was in force until a later version was adopted; kept as it was, for cases opened under it',
});
export type ProtocolStatus = ProtocolStatusValue;

export const ConcernKindEnum = vocabulary(CONCERN_KINDS, 'ConcernKind', 'The kinds of concern a protocol routes', {
  member_about_officer: 'A member is unhappy with an officer',
  officer_about_member: 'An officer is unhappy with a member',
  member_about_member: 'A member is unhappy with another member',
  about_clerk: 'A concern about the Clerk',
  about_head_of_paid_service: 'A concern about the head of paid service (chief executive)',
  enquiry_late: "A member's enquiry was not answered in time",
  confidentiality_breach: 'Confidential information was disclosed',
  need_to_know_dispute: 'A member was refused information they say they need to know',
  code_of_conduct: 'A possible breach of the Code of Conduct',
  information_request_refused: "A member's request for information was refused",
  report_content_dispute: "A member disputes what an officer's report says",
  party_group_difficulty: 'A difficulty with a political group',
  interpretation: 'What the protocol means is disputed',
});
export const SeverityEnum = vocabulary(SEVERITIES, 'Severity', 'How serious a concern is; ANY when the protocol does not distinguish', {
  any: 'Either, or not distinguished',
  minor: 'A minor matter: the informal steps',
  serious: 'A serious matter: may start at a later, formal step',
});
export const EnquiryCategoryEnum = vocabulary(ENQUIRY_CATEGORIES, 'EnquiryCategory', "Categories of members' enquiries with response standards", {
  planning: 'About a planning application or planning matter',
  ward_matter: "About the member's ward: a local issue raised for residents",
  policy_matter: 'About council policy',
  complaint: 'A complaint passed on by a member',
  information_request: 'A request for information the member needs for their role',
  portfolio_political: "About a cabinet member's portfolio, or political",
  general_correspondence: 'Any other letter or e-mail from a member',
});
export const ClassificationEnum = vocabulary(CLASSIFICATIONS, 'Classification', 'How confidential a document or piece of information is', {
  public: 'Open to anyone',
  confidential: 'Confidential by law, or as the protocol defines it',
  exempt: 'Exempt information (Local Government Act 1972, Schedule 12A)',
  employee_personal: "An employee's personal information",
  commercially_sensitive: 'Commercially sensitive, e.g. tenders and contracts',
  party_group: "A political group's own papers",
  draft_report: 'A report still in draft',
});
export const RoleKeyEnum = vocabulary(
  ROLE_KEYS,
  'RoleKey',
  'The shared vocabulary of roles; each protocol gives its own titles',
  // The built-in role's usual title, in English and Welsh (the glossary's).
  Object.fromEntries(ROLE_KEYS.map((k) => [k, `${roleTitleIn('en', k)} (${roleTitleIn('cy', k)})`])),
);
export const RoleKindEnum = vocabulary(ROLE_KINDS, 'RoleKind', 'Member, officer, body (a committee, full council) or external (the Ombudsman)', {
  member: 'An elected or co-opted member, or a member holding an office (the Chair, the Leader)',
  officer: 'An employee of the council (the Clerk, the Monitoring Officer)',
  body: 'A body of the council: full council, a committee, a political group',
  external: 'Outside the council: the Ombudsman, the police, a mediator',
});
export const StepActionEnum = vocabulary(STEP_ACTIONS, 'StepAction', 'What happens at a step of an escalation chain', {
  informal_discussion: 'The people concerned talk it through informally',
  raise_concern: 'The concern is raised with the handler',
  investigate_and_report: 'The handler investigates and reports',
  mediation: 'Mediation between the people concerned',
  advice: 'The handler gives advice',
  grievance_procedure: "The council's grievance procedure (for an officer)",
  disciplinary_procedure: "The council's disciplinary procedure",
  formal_complaint: 'A formal complaint, e.g. under the Code of Conduct',
  referral: 'Referral to another body, e.g. the Ombudsman',
  decision: 'The handler decides',
});
export const PreconditionEnum = vocabulary(PRECONDITIONS, 'Precondition', 'What must hold for a step to apply', {
  consent_of_all_parties: 'Everyone involved agrees (as mediation needs)',
  serious_only: 'Only for serious matters',
  minor_only: 'Only for minor matters',
  unresolved_at_previous_step: 'Only when the previous step did not resolve it',
  handler_not_subject: 'Only when the handler is not the person the concern is about',
  relationship_breakdown: 'Only when the working relationship has broken down',
  breach_of_code_suspected: 'Only when whoever took the previous step considers the Code of Conduct breached',
});
export const AccessGrantKindEnum = vocabulary(ACCESS_GRANTS, 'AccessGrantKind', 'On what ground someone may see information of a classification', {
  anyone: 'Anyone at all',
  role: 'Whoever holds a role (the grant names it)',
  committee_member: 'Members of the committee the matter is before',
  need_to_know: 'A member who needs to know it to do their job, as the protocol decides',
  overview_scrutiny: 'Members of an overview and scrutiny committee, for its work',
  party_group_member: 'Members of the political group whose information it is',
  administration_group: 'Members of the political group forming the administration (not the other groups)',
  ward_member: 'The member for the ward the matter is in',
});
export const AccessRelationEnum = vocabulary(ACCESS_RELATIONS, 'AccessRelation', 'How a requester stands to the matter: the one who asked, the ward member, the person it is about', {
  requester: 'The one who asked',
  ward_member: 'The member for the ward concerned',
  subject: 'The person the information is about',
});
export const DisclosureExceptionEnum = vocabulary(DISCLOSURE_EXCEPTIONS, 'DisclosureExceptionKind', 'When confidential information may be disclosed', {
  consent: 'The person entitled to it consents',
  required_by_law: 'The law requires it',
  professional_advice: 'To get professional advice, in confidence',
  public_interest: 'It is reasonable and in the public interest',
  already_public: 'It is already public',
  legitimate_reason: 'There is a legitimate reason, as the protocol sets out',
  with_authority: 'Someone with authority (e.g. the Monitoring Officer) allows it',
});
export const CorrespondenceRuleEnum = vocabulary(CORRESPONDENCE_RULES, 'CorrespondenceRuleKind', 'Rules on copying and sending correspondence', {
  no_blind_copies: 'No blind copies of letters between members and officers',
  copy_member_letter_with_notice_or_consent: "A member's letter is copied to others only with notice to, or the consent of, the member",
  ward_members_copied: 'Ward members are copied in on matters in their ward',
  members_copied_on_ward_issues_unless_asked: 'Ward members are copied in on ward issues unless they ask not to be',
  officer_letters_in_own_name: 'Officers write in their own name, not for a member',
  political_correspondence_not_on_council_resources: "Political correspondence is not sent with the council's resources",
  mayor_correspondence: "How the Mayor's or Chair's correspondence is handled",
  ward_members_notified: 'Ward members are told of matters in their ward',
  no_copies_to_media: 'No copies to the press or media',
  press_contact_through_clerk: 'Contact with the press goes through the Clerk',
});
export const ObligationKindEnum = vocabulary(OBLIGATION_KINDS, 'ObligationKind', 'A duty, a right, a restriction, or a disclosure someone must make', {
  duty: 'Something someone must do',
  right: 'Something someone is entitled to',
  restriction: 'Something someone must not do',
  disclosure: 'Something someone must declare, e.g. a close relationship',
});
export const ExtensionTermEnum = vocabulary(EXTENSION_TERMS, 'ExtensionTerm', 'What is owed when a response will take longer than the standard', {
  time_estimate: 'An estimate of when the answer will come',
  explanation: 'An explanation of why it takes longer',
  early_notice: 'Notice of the delay before the standard runs out',
});
export const ExpectationDirectionEnum = vocabulary(EXPECTATION_DIRECTIONS, 'ExpectationDirection', 'Who can expect what of whom', {
  members_from_officers: 'What members can expect of officers',
  officers_from_members: 'What officers can expect of members',
});
export const ReceiptConventionEnum = vocabulary(
  RECEIPT_CONVENTIONS,
  'ReceiptConvention',
  "How a receipt on a non-working day counts: ICO (the ICO's reading, the default: day 1 is the first working day after the date of receipt) or NEXT_WORKING_DAY (moved to the next working day, counted from the day after)",
  {
    ico: "The ICO's reading (the default): the date of receipt is day 0 even on a non-working day; day 1 is the first working day after it",
    next_working_day: 'A receipt on a non-working day is moved to the next working day, which is day 0',
  },
);
export const CountUnitEnum = vocabulary(COUNT_UNITS, 'CountUnit', "What a response standard's numbers count: WORKING_DAYS (the default), CALENDAR_DAYS or HOURS", {
  working_days: "Working days of the council's calendar: no weekends, bank holidays or closure days (the default)",
  calendar_days: 'Every day of the calendar',
  hours: 'Hours from the instant of receipt',
});
