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
export function vocabulary<const T extends string>(values: readonly T[], name: string, description?: string): VocabularyEnum<T> {
  const e = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as VocabularyEnum<T>;
  registerEnumType(e, { name, description });
  return e;
}

/** GraphQL enum names are upper case; the values stored in Postgres are the lower-case strings. */
export const CouncilKind = vocabulary(COUNCIL_KINDS, 'CouncilKind', 'The kind of council, as in local government law');
export type CouncilKind = CouncilKindValue;
export const Nation = vocabulary(NATIONS, 'Nation', 'Decides the bank holidays that apply');

export const Language = vocabulary(LOCALES, 'Language', 'English, or Welsh (Cymraeg)');
export type Nation = NationValue;
export const MembershipRole = vocabulary(
  MEMBERSHIP_ROLES,
  'MembershipRole',
  'A person\'s role at a council. A monitoring officer\'s role reaches every council below theirs.',
);
export type MembershipRole = MembershipRoleValue;
export const SortDirection = vocabulary(SORT_DIRECTIONS, 'SortDirection');
export type SortDirection = SortDirectionValue;
export const NotificationKind = vocabulary(NOTIFICATION_KINDS, 'NotificationKind');
export type NotificationKind = NotificationKindValue;
