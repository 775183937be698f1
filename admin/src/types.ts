/** The records the admin works with, as the data provider returns them (see docs/api-contract.md). */
import { CouncilKind, MembershipRole, Nation, type NotificationKind } from './generated/graphql';
import { inOrder } from './vocabularies';

export type { CouncilKind, Nation };

/** Council kinds from the parish up (the schema lists them alphabetically). */
export const COUNCIL_KINDS = inOrder(CouncilKind)([
  'PARISH',
  'TOWN',
  'COMMUNITY',
  'CITY',
  'DISTRICT',
  'BOROUGH',
  'COUNTY',
  'COUNTY_BOROUGH',
  'UNITARY',
  'METROPOLITAN',
  'LONDON_BOROUGH',
]);

export const NATIONS = inOrder(Nation)(['ENGLAND', 'WALES', 'SCOTLAND', 'NORTHERN_IRELAND']);

/** Roles from the strongest. */
export const ROLES = inOrder(MembershipRole)(['MONITORING_OFFICER', 'CLERK', 'VIEWER']);
export type Role = MembershipRole;

export const LOCALES = ['en', 'cy'] as const;

export interface Council {
  id: string;
  name: string;
  slug: string;
  kind: CouncilKind;
  nation: Nation;
  parentId: string | null;
  nextReviewDue: string | null;
  /** 'HH:MM' local time, or null for none. */
  responseCutOff?: string | null;
  publishProtocol?: boolean;
  /** Whether it has an adopted protocol in force (cases can be recorded and its protocol asked only then). */
  hasAdoptedProtocol: boolean;
  childCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  platformAdmin: boolean;
  locale: string;
  version: number;
  createdAt: string;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  councilId: string;
  includeDescendants: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  active: boolean;
}

/** What createApiKey returns: the key, and its secret this once. */
export type CreatedApiKey = ApiKey & { secret: string };

export interface Notification {
  id: string;
  councilId: string;
  kind: NotificationKind;
  subject: string;
  body: string;
  dueDate: string | null;
  createdAt: string;
  readAt: string | null;
}

/** usePermissions(): who is signed in and where they serve. */
export interface Permissions {
  platformAdmin: boolean;
  memberships: { councilId: string; role: Role }[];
}
