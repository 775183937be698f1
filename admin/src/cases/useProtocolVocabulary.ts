import { useQuery } from '@tanstack/react-query';
import { type Identifier, useDataProvider, useLocaleState } from 'react-admin';
import type { AccordDataProvider } from '../dataProvider';
import { useRoleTitle } from '../common/roleTitle';
import { CONCERN_KINDS, ENQUIRY_CATEGORIES } from '../protocols/vocab';
import type { ProtocolRole, ProtocolVocabulary, VocabularyEntry } from './types';
import { useT } from './useT';

/** A role key as words, when the protocol gives it no title: DEMOCRATIC_SERVICES → "Democratic services". */
export const humanRole = (key: string | null | undefined) => (key ? key.charAt(0) + key.slice(1).toLowerCase().replace(/_/g, ' ') : '');

/** The standard for every category (format 2). */
const EVERY_CATEGORY = '*';

/**
 * The words of a protocol's vocabulary as the reader sees them: the protocol's own title (Welsh where
 * asked and given), else the app's title of a built-in word, else the key as words. Pure.
 */
export function vocabularyTitle(key: string | null | undefined, own: readonly VocabularyEntry[], locale: string, builtIn: (upper: string) => string, builtIns: readonly string[]): string {
  if (!key) return '';
  const lower = key.toLowerCase();
  const entry = own.find((e) => e.key === lower);
  if (entry) return (locale === 'cy' && entry.titleCy) || entry.title;
  if (builtIns.includes(lower)) return builtIn(lower.toUpperCase());
  return humanRole(lower);
}

/**
 * The categories an enquiry may be recorded under: those with a standard of their own, and when a
 * standard covers every category ('*'), every category the protocol knows (built in and its own).
 * Upper case, as the forms compare them. Pure.
 */
export function caseCategories(standards: readonly { category: string }[], own: readonly VocabularyEntry[]): string[] {
  const up = (v: string) => v.toUpperCase();
  const listed = standards.map((s) => s.category).filter((c) => c !== EVERY_CATEGORY);
  const every = standards.some((s) => s.category === EVERY_CATEGORY) ? [...ENQUIRY_CATEGORIES, ...own.map((e) => e.key)] : [];
  return [...new Set([...listed, ...every].map(up))];
}

/**
 * A council's adopted protocol as the casework forms need it: its roles (with the council's own
 * titles), the concern kinds its chains route, the categories its response standards cover (every
 * one the protocol knows when a standard covers them all) and the classifications its access rules
 * know, with the protocol's own words' titles. One request per council, cached.
 */
export function useProtocolVocabulary(councilId: Identifier | null | undefined) {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const t = useT();
  const [locale] = useLocaleState();
  const query = useQuery<ProtocolVocabulary>({
    queryKey: ['casework', 'vocabulary', councilId],
    queryFn: ({ signal }) => dataProvider.protocolVocabulary(councilId!, signal),
    enabled: !!councilId,
    staleTime: 60_000,
    retry: false,
  });
  const adopted = query.data?.adopted ?? null;
  const roles: ProtocolRole[] = adopted?.roles ?? [];
  const roleTitle = useRoleTitle();
  const ownConcerns = adopted?.vocabulary?.concernKinds ?? [];
  const ownCategories = adopted?.vocabulary?.enquiryCategories ?? [];
  // Protocol format 2 writes vocabulary keys in lower case ("ward_matter"); the forms compare and
  // offer them in upper case (the API takes either case and answers in lower case).
  const up = (v: string | null | undefined) => (v ?? '').toUpperCase();
  const title = (key: string | null | undefined) => roleTitle(key, roles.find((r) => up(r.key) === up(key))?.title);
  const unique = (values: string[]) => [...new Set(values.map(up))];
  return {
    ...query,
    adopted,
    roles,
    title,
    concerns: unique((adopted?.chains ?? []).map((c) => c.concern)),
    /** The roles chains for a concern kind name as what it is about (a complaint about the Clerk). */
    aboutFor: (concern: string | null | undefined) => unique((adopted?.chains ?? []).filter((c) => up(c.concern) === up(concern) && c.about).map((c) => c.about as string)),
    severitiesFor: (concern: string | null | undefined) => unique((adopted?.chains ?? []).filter((c) => up(c.concern) === up(concern)).map((c) => c.severity)),
    categories: caseCategories(adopted?.responseStandards ?? [], ownCategories),
    classifications: unique((adopted?.accessRules ?? []).map((r) => r.classification)),
    holders: (key: string | null | undefined) => (query.data?.officeHolders ?? []).filter((h) => up(h.roleKey) === up(key)).map((h) => h.name),
    /** An enquiry category's title: the protocol's own (Welsh where asked), else the app's. Either case. */
    categoryTitle: (key: string | null | undefined) => vocabularyTitle(key, ownCategories, locale, (k) => t(`casework.category.${k}`), ENQUIRY_CATEGORIES),
    /** A concern kind's title: the protocol's own (Welsh where asked), else the app's. Either case. */
    concernTitle: (key: string | null | undefined) => vocabularyTitle(key, ownConcerns, locale, (k) => t(`casework.concern.${k}`), CONCERN_KINDS),
  };
}
