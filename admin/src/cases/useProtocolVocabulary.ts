import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { type Identifier, useDataProvider } from 'react-admin';
import type { AccordDataProvider } from '../dataProvider';
import { useRoleTitle } from '../common/roleTitle';
import type { ProtocolRole, ProtocolVocabulary } from './types';

/** A role key as words, when the protocol gives it no title: DEMOCRATIC_SERVICES → "Democratic services". */
export const humanRole = (key: string | null | undefined) => (key ? key.charAt(0) + key.slice(1).toLowerCase().replace(/_/g, ' ') : '');

/**
 * A council's adopted protocol as the casework forms need it: its roles (with the council's own
 * titles), the concern kinds its chains route, the categories its response standards cover and the
 * classifications its access rules know. One request per council, cached.
 */
export function useProtocolVocabulary(councilId: Identifier | null | undefined) {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const query = useQuery<ProtocolVocabulary>({
    queryKey: ['casework', 'vocabulary', councilId],
    queryFn: ({ signal }) => dataProvider.protocolVocabulary(councilId!, signal),
    enabled: !!councilId,
    staleTime: 60_000,
    retry: false,
  });
  // The protocol states its keys in lower case (format 2: a council's own keys beside the built-in
  // ones); the app's catalogues and inputs name the built-in ones as the API's enums do, in upper case.
  const adopted = useMemo(() => upperKeys(query.data?.adopted ?? null), [query.data]);
  const roles: ProtocolRole[] = adopted?.roles ?? [];
  const roleTitle = useRoleTitle();
  const title = (key: string | null | undefined) => roleTitle(up(key), roles.find((r) => r.key === up(key))?.title);
  const unique = <T,>(values: T[]) => [...new Set(values)];
  return {
    ...query,
    adopted,
    roles,
    title,
    concerns: unique((adopted?.chains ?? []).map((c) => c.concern)),
    /** The roles chains for a concern kind name as what it is about (a complaint about the Clerk). */
    aboutFor: (concern: string | null | undefined) => unique((adopted?.chains ?? []).filter((c) => c.concern === concern && c.about).map((c) => c.about as string)),
    severitiesFor: (concern: string | null | undefined) => unique((adopted?.chains ?? []).filter((c) => c.concern === concern).map((c) => c.severity)),
    categories: unique((adopted?.responseStandards ?? []).map((s) => s.category)),
    classifications: unique((adopted?.accessRules ?? []).map((r) => r.classification)),
    holders: (key: string | null | undefined) => (query.data?.officeHolders ?? []).filter((h) => h.roleKey.toUpperCase() === key?.toUpperCase()).map((h) => h.name),
  };
}

type Adopted = NonNullable<ProtocolVocabulary['adopted']>;
const up = <T extends string | null | undefined>(v: T): T => (typeof v === 'string' ? (v.toUpperCase() as T) : v);

/** The adopted protocol's vocabulary with every key in upper case ("member_about_officer" → "MEMBER_ABOUT_OFFICER"). */
function upperKeys(adopted: Adopted | null): Adopted | null {
  if (!adopted) return adopted;
  return {
    ...adopted,
    roles: adopted.roles.map((r) => ({ ...r, key: up(r.key) })),
    chains: adopted.chains.map((c) => ({ ...c, concern: up(c.concern), severity: up(c.severity), about: up(c.about) })),
    responseStandards: adopted.responseStandards.map((s) => ({ ...s, category: up(s.category) })),
    accessRules: adopted.accessRules.map((r) => ({ ...r, classification: up(r.classification) })),
  };
}
