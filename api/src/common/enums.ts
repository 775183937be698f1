import { registerEnumType } from 'type-graphql';
import {
  COUNCIL_KINDS,
  LOCALES,
  MEMBERSHIP_ROLES,
  NATIONS,
  NOTIFICATION_KINDS,
  SORT_DIRECTIONS,
  type NotificationKind as NotificationKindValue,
  type SortDirection as SortDirectionValue,
} from '../domain/vocabularies';
import type { CouncilKind as CouncilKindValue, Nation as NationValue } from '../domain/councils';
import type { MembershipRole as MembershipRoleValue } from '../domain/access';

/** The GraphQL enum object of a vocabulary: each value under its name in capitals ('county_borough' → COUNTY_BOROUGH). */
export type VocabularyEnum<T extends string> = { readonly [K in T as Uppercase<K>]: K };

/**
 * The one way a GraphQL enum is made: from a vocabulary of the domain
 * (api/src/domain/vocabularies.ts), NAME_IN_CAPITALS → the stored lower-case value.
 * So the schema, the database's CHECK lists and the admin's generated types all
 * follow the same array.
 */
export function vocabulary<const T extends string>(values: readonly T[], name: string, description?: string, valueDescriptions?: { readonly [K in T]?: string }): VocabularyEnum<T> {
  const e = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as VocabularyEnum<T>;
  // What each value means, shown by GraphiQL and in schema.graphql (tests/unit/schema-descriptions.test.ts wants one on each).
  const valuesConfig = valueDescriptions
    ? Object.fromEntries(values.filter((v) => valueDescriptions[v]).map((v) => [v.toUpperCase(), { description: valueDescriptions[v] }]))
    : undefined;
  registerEnumType(e, { name, description, valuesConfig: valuesConfig as never });
  return e;
}

/** GraphQL enum names are upper case; the values stored in Postgres are the lower-case strings. */
export const CouncilKind = vocabulary(COUNCIL_KINDS, 'CouncilKind', 'The kind of council, as in local government law', {
  county: 'A county council (England, upper tier)',
  district: 'A district council (England, lower tier)',
  unitary: 'A unitary authority (England): county and district in one',
  metropolitan: 'A metropolitan borough or city council (England)',
  london_borough: 'A London borough council',
  borough: 'A borough council',
  city: 'A city council',
  county_borough: 'A county borough council (Wales)',
  parish: 'A parish council (England, local tier)',
  town: 'A town council (local tier)',
  community: 'A community council (Wales, local tier)',
});
export type CouncilKind = CouncilKindValue;
export const Nation = vocabulary(NATIONS, 'Nation', 'Decides the bank holidays that apply', {
  england: 'England: England and Wales bank holidays',
  wales: 'Wales: England and Wales bank holidays; texts in Welsh and English',
  scotland: 'Scotland: Scottish bank holidays',
  northern_ireland: 'Northern Ireland: its own bank holidays',
});

export const Language = vocabulary(LOCALES, 'Language', 'English, or Welsh (Cymraeg)', { en: 'English', cy: 'Welsh (Cymraeg)' });
export type Nation = NationValue;
export const MembershipRole = vocabulary(
  MEMBERSHIP_ROLES,
  'MembershipRole',
  'A person\'s role at a council. A monitoring officer\'s role reaches every council below theirs.',
  {
    monitoring_officer: 'Everything at the council and every council below it: councils, people, protocols, models, cases, keys',
    clerk: "The council's clerk: its protocol, cases, people (clerks and viewers), closure days and API keys",
    viewer: 'Reads the council: its protocol and public cases; changes nothing',
  },
);
export type MembershipRole = MembershipRoleValue;
export const SortDirection = vocabulary(SORT_DIRECTIONS, 'SortDirection', 'Ascending or descending', { ASC: 'A to Z, smallest or earliest first', DESC: 'Z to A, largest or latest first' });
export type SortDirection = SortDirectionValue;
export const NotificationKind = vocabulary(NOTIFICATION_KINDS, 'NotificationKind', 'What a notification is about', {
  review_due: "The council's protocol review falls due soon",
  review_overdue: "The council's protocol review date has passed",
  review_task: 'A protocol review was opened for the council',
  acknowledge_soon: "A case's acknowledgement is due soon",
  acknowledge_missed: "A case's acknowledgement date passed without one",
  respond_soon: "A case's response is due soon",
  respond_missed: "A case's response date passed without one",
  step_soon: "The current step of a concern's escalation is due soon",
  step_missed: "The current step of a concern's escalation passed its time limit",
});
export type NotificationKind = NotificationKindValue;

/**
 * A list's sort fields as a GraphQL enum, each named once with what it sorts by and what it
 * means: `{ NAME: ['name', 'Council name'] }` → NAME in the schema, 'name' in the code.
 */
export function sortFields<const T extends Record<string, readonly [string, string]>>(name: string, description: string, fields: T): { readonly [K in keyof T]: T[K][0] } {
  const e = Object.fromEntries(Object.entries(fields).map(([key, [value]]) => [key, value]));
  const valuesConfig = Object.fromEntries(Object.entries(fields).map(([key, [, meaning]]) => [key, { description: meaning }]));
  registerEnumType(e, { name, description, valuesConfig });
  return e as { readonly [K in keyof T]: T[K][0] };
}
