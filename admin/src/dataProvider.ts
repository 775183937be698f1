import type { DataProvider, GetListParams, Identifier } from 'react-admin';
import { forgetAccess } from './authProvider';
import { clientError, graphql, isApiError } from './graphql';
import type { ApiKey, CreatedApiKey, Notification } from './types';
import { caseworkMethods, caseworkResources, type CaseworkMethods } from './cases/resources';

/**
 * A record as the API sends it. Its shape depends on the resource, and react-admin's
 * methods are generic over it, so at this boundary it is untyped.
 */
type ApiRecord = any;

/** How one react-admin resource maps onto the GraphQL schema. */
export interface ResourceDef {
  /** The list query (`councils`), and the single-record query when there is one (`council`). */
  many: string;
  one?: string;
  /** The selection of every record. */
  fields: string;
  /** The selection of one record (getOne, and what an update returns), when it is more than the list's. */
  oneFields?: string;
  /** The list query's filter and sort input types. */
  filterType: string;
  sortType?: string;
  /** react-admin filter keys the filter input takes; `q` is sent as `search`. */
  filters: readonly string[];
  /** Sortable react-admin fields: `nextReviewDue` is sent as `NEXT_REVIEW_DUE`. */
  sortable?: readonly string[];
  create?: {
    mutation: string;
    inputType: string;
    input: readonly string[];
    /** What the mutation returns, when it is not the record itself. */
    selection?: string;
    parse?: (result: ApiRecord) => ApiRecord;
  };
  /** Updates send `expectedVersion` and only the changed fields of `input`. */
  update?: { mutation: string; inputType: string; input: readonly string[] };
  delete?: { mutation: string; versioned: boolean };
  /** Changes to these records change what the signed-in person may do where. */
  changesAccess?: boolean;
}

const COUNCIL = 'id name slug kind nation parentId nextReviewDue responseCutOff publishProtocol hasAdoptedProtocol childCount version createdAt updatedAt';
const API_KEY = 'id name prefix councilId includeDescendants createdAt lastUsedAt revokedAt active';
const NOTIFICATION = 'id councilId kind subject body dueDate createdAt readAt';

const resources: Record<string, ResourceDef> = {
  councils: {
    many: 'councils',
    one: 'council',
    fields: COUNCIL,
    filterType: 'CouncilFilter',
    sortType: 'CouncilSort',
    filters: ['search', 'kind', 'nation', 'parentId', 'ids', 'topLevel', 'hasAdoptedProtocol'],
    sortable: ['name', 'slug', 'kind', 'nation', 'nextReviewDue', 'createdAt'],
    create: {
      mutation: 'createCouncil',
      inputType: 'CreateCouncilInput',
      input: ['name', 'slug', 'kind', 'nation', 'parentId', 'nextReviewDue'],
    },
    update: {
      mutation: 'updateCouncil',
      inputType: 'UpdateCouncilInput',
      input: ['name', 'slug', 'kind', 'nation', 'parentId', 'nextReviewDue', 'responseCutOff', 'publishProtocol'],
    },
    delete: { mutation: 'deleteCouncil', versioned: true },
    changesAccess: true,
  },
  users: {
    many: 'users',
    one: 'user',
    fields: 'id email displayName platformAdmin locale version createdAt inviteExpiresAt memberships { councilId role }',
    filterType: 'UserFilter',
    sortType: 'UserSort',
    filters: ['search', 'councilId', 'role', 'ids'],
    sortable: ['email', 'displayName', 'createdAt'],
    create: {
      mutation: 'createUser',
      inputType: 'CreateUserInput',
      input: ['email', 'displayName', 'password', 'councilId', 'role', 'locale'],
    },
    update: { mutation: 'updateUser', inputType: 'UpdateUserInput', input: ['displayName', 'password', 'currentPassword', 'locale'] },
  },
  memberships: {
    many: 'memberships',
    fields: 'id userId councilId role createdAt',
    filterType: 'MembershipFilter',
    filters: ['councilId', 'userId'],
    create: { mutation: 'addMembership', inputType: 'AddMembershipInput', input: ['userId', 'councilId', 'role'] },
    delete: { mutation: 'removeMembership', versioned: false },
  },
  apiKeys: {
    many: 'apiKeys',
    one: 'apiKey',
    fields: API_KEY,
    filterType: 'ApiKeyFilter',
    filters: ['councilId', 'includeRevoked'],
    create: {
      mutation: 'createApiKey',
      inputType: 'CreateApiKeyInput',
      input: ['name', 'councilId', 'includeDescendants'],
      selection: `apiKey { ${API_KEY} } secret`,
      parse: ({ apiKey, secret }: { apiKey: ApiKey; secret: string }): CreatedApiKey => ({ ...apiKey, secret }),
    },
  },
  notifications: {
    many: 'notifications',
    fields: NOTIFICATION,
    filterType: 'NotificationFilter',
    filters: ['councilId', 'unreadOnly'],
  },
  ...caseworkResources,
};

/** The API's largest page. */
const PAGE_MAX = 200;
/** Pages asked for at once when a request is larger than one page (an export). */
const PARALLEL_PAGES = 4;

/** A stale version, said in the language on screen (admin/src/i18n/en.ts, cy.ts). */
const STALE = 'accord.errors.stale';

function def(resource: string): ResourceDef {
  const found = resources[resource];
  if (!found) throw new Error(`Unknown resource "${resource}"`);
  return found;
}

function unsupported(resource: string, what: string): never {
  throw new Error(`${what} is not available for ${resource}`);
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '';
/** Empty form values mean "none". */
const normalise = (v: unknown) => (isBlank(v) ? null : v);

/** `nextReviewDue` → `NEXT_REVIEW_DUE` */
const sortEnum = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

function toFilter(d: ResourceDef, filter: Record<string, unknown> = {}) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const name = key === 'q' ? 'search' : key;
    if (d.filters.includes(name) && !isBlank(value)) out[name] = value;
  }
  return out;
}

/**
 * Runs a mutation that carries expectedVersion, turning a stale version into a message
 * people can act on. A CONFLICT naming a field is a taken value (e.g. slug), not a stale
 * version; and a delete may be refused for other reasons (the council is not empty), so
 * there only a CONFLICT that reports the versions counts.
 */
async function versioned<T>(kind: 'update' | 'delete', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isApiError(e) && e.code === 'CONFLICT' && !e.field && (kind === 'update' || 'expectedVersion' in e.extensions)) {
      throw clientError(STALE, 'CONFLICT', e.extensions);
    }
    throw e;
  }
}

/**
 * A page of a list as react-admin asks for it. One larger than the API's largest (an export of every
 * row, common/ExportAll.tsx; getMany of more than 200 ids) is read 200 rows at a time, a few requests
 * at once, in the list's order (every list's order ends with the id, so pages neither overlap nor skip).
 * A row added or removed meanwhile can shift the pages: a row seen twice is kept once.
 */
async function list(resource: string, params: GetListParams) {
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const start = (page - 1) * perPage;
  if (perPage <= PAGE_MAX) return listPage(resource, params, start, perPage);
  const first = await listPage(resource, params, start, PAGE_MAX);
  const end = Math.min(start + perPage, first.total);
  const offsets: number[] = [];
  for (let offset = start + PAGE_MAX; offset < end; offset += PAGE_MAX) offsets.push(offset);
  const byId = new Map(first.data.map((r: ApiRecord) => [r.id, r]));
  for (let i = 0; i < offsets.length; i += PARALLEL_PAGES) {
    const pages = await Promise.all(offsets.slice(i, i + PARALLEL_PAGES).map((offset) => listPage(resource, params, offset, Math.min(PAGE_MAX, end - offset))));
    for (const p of pages) for (const r of p.data) if (!byId.has(r.id)) byId.set(r.id, r);
  }
  return { data: [...byId.values()], total: first.total };
}

/** One request: at most PAGE_MAX rows from `offset`. */
async function listPage(resource: string, params: GetListParams, offset: number, limit: number) {
  const d = def(resource);
  const sort =
    d.sortType && params.sort && d.sortable?.includes(params.sort.field)
      ? { field: sortEnum(params.sort.field), direction: params.sort.order }
      : undefined;
  const query = `query List($filter: ${d.filterType}, ${d.sortType ? `$sort: ${d.sortType}, ` : ''}$offset: Int!, $limit: Int!) {
    result: ${d.many}(filter: $filter, ${d.sortType ? 'sort: $sort, ' : ''}offset: $offset, limit: $limit) {
      items { ${d.fields} } totalCount
    }
  }`;
  const { result } = await graphql<{ result: { items: ApiRecord[]; totalCount: number } }>(
    query,
    { filter: toFilter(d, params.filter), sort, offset, limit },
    params.signal,
  );
  return { data: result.items, total: result.totalCount };
}

async function one(resource: string, id: Identifier, signal?: AbortSignal) {
  const d = def(resource);
  if (!d.one) unsupported(resource, 'Fetching one record');
  const { result } = await graphql<{ result: ApiRecord }>(
    `query One($id: ID!) { result: ${d.one}(id: $id) { ${d.oneFields ?? d.fields} } }`,
    { id },
    signal,
  );
  return result;
}

/** A mutation that takes a record's id and returns the record. */
async function recordMutation<T>(name: string, fields: string, id: Identifier): Promise<{ data: T }> {
  const { result } = await graphql<{ result: T }>(`mutation Act($id: ID!) { result: ${name}(id: $id) { ${fields} } }`, { id });
  return { data: result };
}

export type AccordDataProvider = DataProvider & CaseworkMethods & {
  revokeApiKey(id: Identifier): Promise<{ data: ApiKey }>;
  markNotificationRead(id: Identifier): Promise<{ data: Notification }>;
};

export const dataProvider: AccordDataProvider = {
  supportAbortSignal: true,

  getList: (resource, params) => list(resource, params),

  getManyReference: (resource, { target, id, ...params }) =>
    list(resource, { ...params, filter: { ...params.filter, [target]: id } }),

  async getOne(resource, { id, signal }) {
    return { data: await one(resource, id, signal) };
  },

  async getMany(resource, { ids, signal }) {
    const d = def(resource);
    if (ids.length === 0) return { data: [] };
    if (d.filters.includes('ids')) {
      const { data } = await list(resource, { filter: { ids }, pagination: { page: 1, perPage: ids.length }, signal });
      return { data };
    }
    return { data: await Promise.all(ids.map((id) => one(resource, id, signal))) };
  },

  async create(resource, { data }) {
    const d = def(resource);
    if (!d.create) unsupported(resource, 'Creating');
    const { mutation, inputType, input, selection = d.fields, parse } = d.create;
    const values = Object.fromEntries(input.filter((k) => !isBlank(data[k])).map((k) => [k, data[k]]));
    const { result } = await graphql<{ result: ApiRecord }>(
      `mutation Create($input: ${inputType}!) { result: ${mutation}(input: $input) { ${selection} } }`,
      { input: values },
    );
    if (d.changesAccess) forgetAccess();
    return { data: parse ? parse(result) : result };
  },

  async update(resource, { id, data, previousData }) {
    const d = def(resource);
    if (!d.update) unsupported(resource, 'Editing');
    const changed = d.update.input.filter((k) => k in data && normalise(data[k]) !== normalise(previousData[k]));
    if (changed.length === 0) return { data: previousData };
    const { mutation, inputType } = d.update;
    const { result } = await versioned('update', () =>
      graphql<{ result: ApiRecord }>(
        `mutation Update($id: ID!, $expectedVersion: Int!, $input: ${inputType}!) {
          result: ${mutation}(id: $id, expectedVersion: $expectedVersion, input: $input) { ${d.oneFields ?? d.fields} }
        }`,
        { id, expectedVersion: previousData.version, input: Object.fromEntries(changed.map((k) => [k, normalise(data[k])])) },
      ),
    );
    if (d.changesAccess) forgetAccess();
    return { data: result };
  },

  async delete(resource, { id, previousData }) {
    const d = def(resource);
    if (!d.delete) unsupported(resource, 'Deleting');
    const { mutation } = d.delete;
    if (d.delete.versioned) {
      await versioned('delete', () =>
        graphql(`mutation Delete($id: ID!, $expectedVersion: Int!) { ${mutation}(id: $id, expectedVersion: $expectedVersion) }`, {
          id,
          expectedVersion: previousData?.version,
        }),
      );
    } else {
      await graphql(`mutation Delete($id: ID!) { ${mutation}(id: $id) }`, { id });
    }
    if (d.changesAccess) forgetAccess();
    return { data: previousData ?? ({ id } as ApiRecord) };
  },

  updateMany: (resource) => unsupported(resource, 'Changing several records at once'),
  deleteMany: (resource) => unsupported(resource, 'Deleting several records at once'),

  revokeApiKey: (id) => recordMutation<ApiKey>('revokeApiKey', API_KEY, id),
  markNotificationRead: (id) => recordMutation<Notification>('markNotificationRead', NOTIFICATION, id),
  ...caseworkMethods,
};
