/**
 * The shape of each kind of rule, for rules that arrive from outside (the API,
 * an import): structure and vocabulary here, consistency with the rest of the
 * protocol in protocolProblems.
 */
import { z } from 'zod';
import {
  ACCESS_GRANTS,
  ACCESS_RELATIONS,
  EVERY_CATEGORY,
  VOCABULARY_KEY,
  type Handler,
  CLASSIFICATIONS,
  CORRESPONDENCE_RULES,
  COUNT_UNITS,
  DISCLOSURE_EXCEPTIONS,
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
/** Vocabulary is accepted in either case ("CLERK" or "clerk", as the GraphQL enums list it) and stored in lower case. */
const lower = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v);
const word = <const T extends readonly [string, ...string[]]>(values: T) => z.preprocess(lower, z.enum(values));
const key = (example: string) => z.preprocess(lower, z.string().regex(VOCABULARY_KEY, `must be lower-case letters, digits and _ (e.g. ${example})`));
/** A role key of the protocol (the council's own; protocolProblems checks it is defined). */
const role = key('political_assistant');
const concernKind = key('employee_grievance');
const category = key('service_request');
const optionalCy = text(4000).optional();

/** Who handles a step or receives an enquiry (format v2). */
export const HANDLER_SCHEMA: z.ZodType<Handler> = z.lazy(() =>
  z.union([
    z.strictObject({ role, orNominee: z.boolean().optional() }),
    z.strictObject({ procedure: z.strictObject({ name: text(300), nameCy: text(300).optional(), url: z.string().url().max(2000).optional() }) }),
    z.strictObject({ anyOf: z.array(HANDLER_SCHEMA).min(2, 'names at least two handlers').max(10) }),
    z.strictObject({ allOf: z.array(HANDLER_SCHEMA).min(2, 'names at least two handlers').max(10) }),
  ]),
) as z.ZodType<Handler>;

const vocabularyEntry = z.strictObject({ key: key('service_request'), title: text(200), titleCy: text(200).optional() });
/** The protocol's own concern kinds and enquiry categories, beside the built-in ones. */
export const VOCABULARY_SCHEMA = z.strictObject({
  concernKinds: z.array(vocabularyEntry).max(50).optional(),
  enquiryCategories: z.array(vocabularyEntry).max(50).optional(),
});
const days = z.number().int().min(0).max(365);
/** A standard's numbers: up to a year of hours (checked against its unit in protocolProblems). */
const amount = z.number().int().min(0).max(8784);

const grant = z.strictObject({
  kind: word(ACCESS_GRANTS),
  relation: word(ACCESS_RELATIONS).optional(),
  role: role.optional(),
  decidedBy: role.optional(),
  committee: role.optional(),
  condition: text(1000).optional(),
  conditionCy: text(1000).optional(),
  under: text(300).optional(),
  description: text(2000).optional(),
  descriptionCy: text(2000).optional(),
});

const step = z.strictObject({
  handler: role.optional(),
  handledBy: HANDLER_SCHEMA.optional(),
  alternatives: z.array(role).max(10).optional(),
  action: word(STEP_ACTIONS),
  description: text(4000),
  descriptionCy: optionalCy,
  workingDays: days.optional(),
  notify: z.array(role).max(20).default([]),
  mayNotify: z.array(role).max(20).optional(),
  consult: z.array(role).max(20).optional(),
  jointWith: z.array(role).max(10).optional(),
  withSubjectFirst: z.boolean().optional(),
  preconditions: z.array(word(PRECONDITIONS)).max(10).default([]),
  clauses,
}).refine((s) => s.handler !== undefined || s.handledBy !== undefined, { message: 'says who handles it: a handler or handledBy', path: ['handler'] });

export const SECTION_SCHEMAS = {
  role: z.strictObject({
    key: role,
    title: text(200),
    titleCy: text(200).optional(),
    kind: word(ROLE_KINDS),
    builtIn: word(ROLE_KEYS).optional(),
    reportsTo: role.optional(),
    organisation: text(200).optional(),
    organisationCy: text(200).optional(),
    politicallyRestricted: z.boolean().optional(),
    clauses,
  }),
  expectation: z.strictObject({
    direction: word(EXPECTATION_DIRECTIONS),
    text: text(4000),
    textCy: optionalCy,
    clauses,
  }),
  chain: z.strictObject({
    id: key('formal_complaint').optional(),
    when: z
      .strictObject({
        raisedBy: role.optional(),
        seeks: text(200).optional(),
        description: text(1000),
        descriptionCy: text(1000).optional(),
      })
      .optional(),
    concern: concernKind,
    severity: word(SEVERITIES),
    about: role.optional(),
    steps: z.array(step).min(1, 'a chain needs at least one step').max(20),
    seriousStartsAt: z.number().int().min(0).optional(),
    externalBody: role.optional(),
    category: category.optional(),
    entryPoints: z.array(z.strictObject({ step: z.number().int().min(0), when: text(1000), whenCy: text(1000).optional() })).max(10).optional(),
    description: optionalCy,
    descriptionCy: optionalCy,
    clauses,
  }),
  response_standard: z.strictObject({
    category: z.preprocess(lower, z.union([z.literal(EVERY_CATEGORY), z.string().regex(VOCABULARY_KEY, 'must be a category (e.g. ward_matter) or "*" for every category')])),
    handler: role.optional(),
    handledBy: HANDLER_SCHEMA.optional(),
    acknowledgeWithinDays: amount.optional(),
    respondWithinDays: amount.optional(),
    receiptOnNonWorkingDay: word(RECEIPT_CONVENTIONS).optional(),
    unit: word(COUNT_UNITS).optional(),
    cutOff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM, 00:00 to 23:59').optional(),
    respondBeforeMeeting: z.boolean().optional(),
    urgent: z
      .strictObject({ acknowledgeWithinDays: amount.optional(), respondWithinDays: amount.optional(), unit: word(COUNT_UNITS).optional(), description: text(4000), descriptionCy: optionalCy })
      .optional(),
    escalateTo: z.array(role).max(10).default([]),
    alternatives: z.array(z.strictObject({ handler: role, when: text(1000), whenCy: text(1000).optional() })).max(10).optional(),
    extension: z.strictObject({ terms: z.array(word(EXTENSION_TERMS)).min(1).max(3), description: text(2000), descriptionCy: text(2000).optional() }).optional(),
    description: text(4000),
    descriptionCy: optionalCy,
    clauses,
  }).refine((s) => s.handler !== undefined || s.handledBy !== undefined, { message: 'says who receives it: a handler or handledBy', path: ['handler'] }),
  access_rule: z.strictObject({
    classification: word(CLASSIFICATIONS),
    covers: text(4000).optional(),
    coversCy: text(4000).optional(),
    classifiedBy: z.array(role).max(10).optional(),
    declassifiedBy: z.array(role).max(10).optional(),
    grants: z.array(grant.extend({ alsoRequires: z.array(grant).max(5).optional(), approvedBy: z.array(role).min(1).max(10).optional() })).max(20),
    description: text(4000),
    descriptionCy: optionalCy,
    clauses,
  }),
  disclosure_exception: z.strictObject({
    key: word(DISCLOSURE_EXCEPTIONS),
    description: text(4000),
    descriptionCy: optionalCy,
    classifications: z.array(word(CLASSIFICATIONS)).max(CLASSIFICATIONS.length).optional(),
    consult: z.union([role, z.array(role).min(1).max(10)]).optional(),
    condition: text(1000).optional(),
    conditionCy: text(1000).optional(),
    clauses,
  }),
  correspondence_rule: z.strictObject({
    key: word(CORRESPONDENCE_RULES),
    description: text(4000),
    descriptionCy: optionalCy,
    exceptRoles: z.array(role).max(10).optional(),
    clauses,
  }),
  obligation: z.strictObject({
    kind: word(OBLIGATION_KINDS),
    appliesTo: z.array(role).min(1, 'names at least one role').max(20),
    text: text(4000),
    textCy: optionalCy,
    reportTo: z.array(role).max(10).optional(),
    register: text(200).optional(),
    recordedBy: z.array(role).max(10).optional(),
    inAbsence: z.array(HANDLER_SCHEMA).max(5).optional(),
    clauses,
  }),
  advice_route: z.strictObject({
    topic: z.string().regex(/^[a-z][a-z0-9_]{0,79}$/, 'must be lower-case letters, digits and _ (e.g. interpretation)'),
    description: text(4000),
    descriptionCy: optionalCy,
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
