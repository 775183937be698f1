/**
 * The shape of each kind of rule, for rules that arrive from outside (the API,
 * an import): structure and vocabulary here, consistency with the rest of the
 * protocol in protocolProblems.
 */
import { z } from 'zod';
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
import type { Section, Sections } from './protocol-items';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
/** Clause ids the rule cites (format 2; in format 1, numbers, which became the ids). */
const clauses = z.array(text(60)).max(50).default([]);
const role = z.enum(ROLE_KEYS);
const days = z.number().int().min(0).max(365);
/** A standard's numbers: up to a year of hours (checked against its unit in protocolProblems). */
const amount = z.number().int().min(0).max(8784);

const grant = z.strictObject({
  kind: z.enum(ACCESS_GRANTS),
  role: role.optional(),
  decidedBy: role.optional(),
  committee: role.optional(),
  condition: text(1000).optional(),
  description: text(2000).optional(),
});

const step = z.strictObject({
  handler: role,
  alternatives: z.array(role).max(10).optional(),
  action: z.enum(STEP_ACTIONS),
  description: text(4000),
  workingDays: days.optional(),
  notify: z.array(role).max(20).default([]),
  mayNotify: z.array(role).max(20).optional(),
  consult: z.array(role).max(20).optional(),
  jointWith: z.array(role).max(10).optional(),
  withSubjectFirst: z.boolean().optional(),
  preconditions: z.array(z.enum(PRECONDITIONS)).max(10).default([]),
  clauses,
});

export const SECTION_SCHEMAS = {
  role: z.strictObject({
    key: role,
    title: text(200),
    kind: z.enum(ROLE_KINDS),
    reportsTo: role.optional(),
    organisation: text(200).optional(),
    politicallyRestricted: z.boolean().optional(),
    clauses,
  }),
  expectation: z.strictObject({
    direction: z.enum(EXPECTATION_DIRECTIONS),
    text: text(4000),
    clauses,
  }),
  chain: z.strictObject({
    concern: z.enum(CONCERN_KINDS),
    severity: z.enum(SEVERITIES),
    about: role.optional(),
    steps: z.array(step).min(1, 'a chain needs at least one step').max(20),
    seriousStartsAt: z.number().int().min(0).optional(),
    externalBody: role.optional(),
    category: z.enum(ENQUIRY_CATEGORIES).optional(),
    entryPoints: z.array(z.strictObject({ step: z.number().int().min(0), when: text(1000) })).max(10).optional(),
    clauses,
  }),
  response_standard: z.strictObject({
    category: z.enum(ENQUIRY_CATEGORIES),
    handler: role,
    acknowledgeWithinDays: amount.optional(),
    respondWithinDays: amount.optional(),
    receiptOnNonWorkingDay: z.enum(RECEIPT_CONVENTIONS).optional(),
    unit: z.enum(COUNT_UNITS).optional(),
    cutOff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM, 00:00 to 23:59').optional(),
    respondBeforeMeeting: z.boolean().optional(),
    urgent: z
      .strictObject({ acknowledgeWithinDays: amount.optional(), respondWithinDays: amount.optional(), unit: z.enum(COUNT_UNITS).optional(), description: text(4000) })
      .optional(),
    escalateTo: z.array(role).max(10).default([]),
    alternatives: z.array(z.strictObject({ handler: role, when: text(1000) })).max(10).optional(),
    extension: z.strictObject({ terms: z.array(z.enum(EXTENSION_TERMS)).min(1).max(3), description: text(2000) }).optional(),
    description: text(4000),
    clauses,
  }),
  access_rule: z.strictObject({
    classification: z.enum(CLASSIFICATIONS),
    grants: z.array(grant.extend({ alsoRequires: z.array(grant).max(5).optional(), approvedBy: z.array(role).min(1).max(10).optional() })).max(20),
    description: text(4000),
    clauses,
  }),
  disclosure_exception: z.strictObject({ key: z.enum(DISCLOSURE_EXCEPTIONS), description: text(4000), consult: role.optional(), clauses }),
  correspondence_rule: z.strictObject({ key: z.enum(CORRESPONDENCE_RULES), description: text(4000), exceptRoles: z.array(role).max(10).optional(), clauses }),
  obligation: z.strictObject({
    kind: z.enum(OBLIGATION_KINDS),
    appliesTo: z.array(role).min(1, 'names at least one role').max(20),
    text: text(4000),
    reportTo: z.array(role).max(10).optional(),
    register: text(200).optional(),
    clauses,
  }),
  advice_route: z.strictObject({
    topic: z.string().regex(/^[a-z][a-z0-9_]{0,79}$/, 'must be lower-case letters, digits and _ (e.g. interpretation)'),
    description: text(4000),
    advisers: z.array(role).min(1, 'names at least one role').max(10),
    required: z.boolean().optional(),
    clauses,
  }),
} as const;

export type ParsedRule<S extends Section> = { ok: true; value: Sections[S] } | { ok: false; path: string; message: string };

/** Checks a rule's structure; on failure, the path of the first bad field ("steps.1.handler") and what is wrong. */
export function parseRule<S extends Section>(section: S, input: unknown): ParsedRule<S> {
  const result = SECTION_SCHEMAS[section].safeParse(input);
  if (result.success) return { ok: true, value: result.data as unknown as Sections[S] };
  const issue = result.error.issues[0];
  return { ok: false, path: issue.path.map(String).join('.'), message: issue.message };
}
