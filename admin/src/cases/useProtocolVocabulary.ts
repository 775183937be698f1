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
  const adopted = query.data?.adopted ?? null;
  const roles: ProtocolRole[] = adopted?.roles ?? [];
  const roleTitle = useRoleTitle();
  // Protocol format 2 writes vocabulary keys in lower case ("ward_matter"); GraphQL enums (a case's
  // category, concern and classification) are upper case. Compared and offered in upper case.
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
    categories: unique((adopted?.responseStandards ?? []).map((s) => s.category)),
    classifications: unique((adopted?.accessRules ?? []).map((r) => r.classification)),
    holders: (key: string | null | undefined) => (query.data?.officeHolders ?? []).filter((h) => up(h.roleKey) === up(key)).map((h) => h.name),
  };
}
