/**
 * Every vocabulary of Accord in one place: an `as const` array per closed list
 * of words, from which the rest is derived. GraphQL enums are built from these
 * arrays (`vocabulary()` in common/enums.ts: NAME_IN_CAPITALS → stored value),
 * the SQL CHECK lists must equal them (tests/integration/vocabularies.test.ts
 * reads them from pg_constraint), the admin's types are generated from
 * schema.graphql, and the worker's message kinds come from here. Pure.
 *
 * Arrays that already lived in a domain module stay there and are re-exported;
 * the order of each array is the order the admin and the documents show.
 */
import { MEMBERSHIP_ROLES } from './access';
import type { Decision } from './access-decision';
import { CASE_ACTIONS, CASE_KINDS, CASE_STATUSES, REMINDER_KINDS } from './casework';
import type { Change } from './compare';
import { COUNCIL_KINDS, NATIONS } from './councils';
import type { RouteStep, RouteWarning } from './escalation';
import {
  ACCESS_GRANTS,
  CLASSIFICATIONS,
  CONCERN_KINDS,
  CORRESPONDENCE_RULES,
  COUNT_UNITS,
  DISCLOSURE_EXCEPTIONS,
  ENQUIRY_CATEGORIES,
  EXPECTATION_DIRECTIONS,
  EXTENSION_TERMS,
  OBLIGATION_KINDS,
  PRECONDITIONS,
  RECEIPT_CONVENTIONS,
  ROLE_KEYS,
  ROLE_KINDS,
  SEVERITIES,
  STEP_ACTIONS,
} from './protocol';
import { SECTIONS, type Section } from './protocol-items';

export {
  ACCESS_GRANTS,
  CASE_ACTIONS,
  CASE_KINDS,
  CASE_STATUSES,
  CLASSIFICATIONS,
  CONCERN_KINDS,
  CORRESPONDENCE_RULES,
  COUNCIL_KINDS,
  COUNT_UNITS,
  DISCLOSURE_EXCEPTIONS,
  ENQUIRY_CATEGORIES,
  EXPECTATION_DIRECTIONS,
  EXTENSION_TERMS,
  MEMBERSHIP_ROLES,
  NATIONS,
  OBLIGATION_KINDS,
  PRECONDITIONS,
  RECEIPT_CONVENTIONS,
  REMINDER_KINDS,
  ROLE_KEYS,
  ROLE_KINDS,
  SECTIONS,
  SEVERITIES,
  STEP_ACTIONS,
};

/**
 * An array that lists every member of the union T once (checked when compiled):
 * `every<Decision>()(['allowed', …])` fails to compile when a member is missing.
 */
export const every =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> })): A =>
    values;

/** Protocol versions: draft → adopted → superseded. */
export const PROTOCOL_STATUSES = ['draft', 'adopted', 'superseded'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

/** The sections of a protocol that hold rules (protocol_items.section), in the order of the document. */
export const PROTOCOL_SECTIONS = every<Section>()([
  'role',
  'expectation',
  'chain',
  'response_standard',
  'access_rule',
  'disclosure_exception',
  'correspondence_rule',
  'obligation',
  'advice_route',
]);

/** A protocol review: open, past its date, or done. */
export const REVIEW_TASK_STATUSES = ['open', 'overdue', 'completed'] as const;
export type ReviewTaskStatus = (typeof REVIEW_TASK_STATUSES)[number];

/** How a review ended: the protocol reaffirmed, or a new version adopted. */
export const REVIEW_OUTCOMES = ['reaffirmed', 'new_version'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** Where a council stands with its protocol review (the dashboard's; not stored). */
export const REVIEW_STATUSES = ['overdue', 'due_soon', 'current', 'none'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Reminders of a protocol review: when it falls due, and the day after it passed. */
export const REVIEW_REMINDER_KINDS = ['review_due', 'review_overdue'] as const;

/**
 * What the worker sends (reminders.kind, and the worker's message templates):
 * a case's deadline reminders and a review's.
 */
export const MESSAGE_KINDS = [...REMINDER_KINDS, ...REVIEW_REMINDER_KINDS] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * In-app notifications (notifications.kind): the review notices the review sweep
 * writes, a review task, and every reminder the worker sends.
 */
export const NOTIFICATION_KINDS = ['review_due', 'review_overdue', 'review_task', ...REMINDER_KINDS] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A reminder's state (reminders.status). */
export const REMINDER_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** A notification's e-mail (notifications.email_status): none when the recipient has no address. */
export const EMAIL_STATUSES = ['none', 'pending', 'sent', 'failed'] as const;
/** Where an e-mail written to the mail outbox stands (invitations): waiting, sent, or given up after its retries. */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** The languages a person may choose for the app and e-mails (users.locale). */
export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of a notification (notifications.locale): councils in Wales get Welsh and English, Welsh first. */
export const MESSAGE_LOCALES = [...LOCALES, 'cy+en'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/** What a case's timeline records (case_events.kind). */
export const CASE_EVENT_KINDS = ['opened', 'acknowledged', 'responded', 'resolved', 'closed', 'escalated', 'reminded', 'deadline_missed', 'note'] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** Why a step of an escalation chain does not apply (escalation.ts). */
export const ROUTE_SKIPS = every<NonNullable<RouteStep['skipped']>>()(['handler_is_subject', 'serious_only', 'minor_only', 'serious_starts_later']);

/** What an escalation route warns of (escalation.ts RouteWarning). */
export const ROUTE_WARNINGS = every<RouteWarning['kind']>()(['handler_reports_to_subject']);

/** The answer to "may this person see it?" (access-decision.ts). */
export const ACCESS_DECISIONS = every<Decision>()(['allowed', 'refused', 'needs_decision', 'needs_approval', 'not_covered']);

/** How a clause or rule differs between two versions (compare.ts). */
export const CHANGE_KINDS = every<Change>()(['added', 'changed', 'removed']);

/** Sort order of a list (the API's own words, not stored). */
/** The kinds of file a protocol document is imported from (protocol_imports.format). */
export const IMPORT_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;

/** Where an import stands (protocol_imports.status). */
export const IMPORT_STATUSES = ['queued', 'parsing', 'ready', 'failed'] as const;

export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/**
 * Each column whose SQL CHECK constraint is a closed list, with the vocabulary it
 * must equal. tests/integration/vocabularies.test.ts compares them with the
 * migrated database, and fails on a list in the database that is not here.
 */
export const VOCABULARY_COLUMNS: readonly { table: string; column: string; values: readonly string[] }[] = [
  { table: 'councils', column: 'kind', values: COUNCIL_KINDS },
  { table: 'councils', column: 'nation', values: NATIONS },
  { table: 'users', column: 'locale', values: LOCALES },
  { table: 'memberships', column: 'role', values: MEMBERSHIP_ROLES },
  { table: 'notifications', column: 'kind', values: NOTIFICATION_KINDS },
  { table: 'notifications', column: 'locale', values: MESSAGE_LOCALES },
  { table: 'notifications', column: 'email_status', values: EMAIL_STATUSES },
  { table: 'protocol_versions', column: 'status', values: PROTOCOL_STATUSES },
  { table: 'protocol_items', column: 'section', values: PROTOCOL_SECTIONS },
  { table: 'cases', column: 'kind', values: CASE_KINDS },
  { table: 'cases', column: 'severity', values: SEVERITIES },
  { table: 'cases', column: 'status', values: CASE_STATUSES },
  { table: 'cases', column: 'classification', values: CLASSIFICATIONS },
  { table: 'case_events', column: 'kind', values: CASE_EVENT_KINDS },
  { table: 'review_tasks', column: 'status', values: REVIEW_TASK_STATUSES },
  { table: 'review_tasks', column: 'outcome', values: REVIEW_OUTCOMES },
  { table: 'reminders', column: 'kind', values: MESSAGE_KINDS },
  { table: 'reminders', column: 'status', values: REMINDER_STATUSES },
  { table: 'calendar_feeds', column: 'language', values: LOCALES },
  { table: 'protocol_imports', column: 'format', values: IMPORT_FORMATS },
  { table: 'protocol_imports', column: 'status', values: IMPORT_STATUSES },
  { table: 'mail_outbox', column: 'status', values: OUTBOX_STATUSES },
  { table: 'bank_holidays', column: 'nation', values: NATIONS },
];

/**
 * Columns that hold a key of the council's own vocabulary (the built-in words and the protocol's
 * own, issue 12): the database checks only the shape of a key (VOCABULARY_KEY in protocol.ts), the
 * protocol in force which keys a council may use. tests/integration/vocabularies.test.ts checks them.
 */
export const KEY_COLUMNS: readonly { table: string; column: string; builtIn: readonly string[] }[] = [
  { table: 'cases', column: 'category', builtIn: ENQUIRY_CATEGORIES },
  { table: 'cases', column: 'concern', builtIn: CONCERN_KINDS },
];

