import type { DataProvider, Identifier } from 'react-admin';
import { apiError, clientError, graphql, isApiError } from '../graphql';
import type { Clause, Comparison, ModelProtocol, OfficeHolder, ProtocolRecord, ProtocolVersion, RuleEntry, Section } from './types';

/**
 * The protocol editor's resources on the GraphQL API:
 * - protocols: a council's protocol (id = the council's id), read whole; the list is the councils in scope
 * - protocolClauses, protocolRules: a draft's clauses and rules (meta.versionId to read one again)
 * - protocolReviews: a draft's review schedule (id = the version's id)
 * - officeHolders: who holds each role at a council (filter / meta councilId)
 * Every update sends the version that was read as expectedVersion.
 */

const VERSION = `id number status version adoptedOn adoptedBy effectiveFrom nextReviewDue reviewEveryMonths reviewOn
  reviewingBody amendedBy amendments { on scope clauses } reviewClauses updatedAt
  clauses { id versionId key number heading headingCy text textCy version position }
  rules { id section key body clauses version position }
  problems { path message }
  vocabulary { concernKinds { key title titleCy } enquiryCategories { key title titleCy } }`;
const HOLDER = 'id councilId roleKey name email phone deputy fromDate toDate version';
const CLAUSE = 'id versionId key number heading headingCy text textCy version position';
const RULE = 'id section key body clauses version position';

const PROTOCOL = `query Protocol($c: ID!) { protocol(councilId: $c) {
  id title titleCy version modelId
  model { id title adopted { id number } }
  adopted { ${VERSION} } draft { ${VERSION} }
  versions { id number status adoptedOn } } }`;
const COUNCIL = `query Council($c: ID!) { council(id: $c) { id name nation } holders: officeHolders(councilId: $c, current: false) { ${HOLDER} } }`;

export const PROTOCOL_RESOURCES = ['protocols', 'protocolClauses', 'protocolRules', 'protocolReviews', 'officeHolders'] as const;
const isOurs = (resource: string) => (PROTOCOL_RESOURCES as readonly string[]).includes(resource);

/** Rules carry their version's id, so that an edit form can read the rule again. */
function withVersionIds(v: ProtocolVersion | null): ProtocolVersion | null {
  if (!v) return v;
  return { ...v, rules: v.rules.map((r) => ({ ...r, versionId: v.id })) };
}

async function readProtocol(councilId: Identifier, signal?: AbortSignal): Promise<ProtocolRecord> {
  const [c, p] = await Promise.all([
    graphql<{ council: ProtocolRecord['council']; holders: OfficeHolder[] }>(COUNCIL, { c: councilId }, signal),
    graphql<{ protocol: NonNullable<ProtocolRecord['protocol']> }>(PROTOCOL, { c: councilId }, signal).catch((e) => {
      // A council in scope without a protocol yet.
      if (isApiError(e) && e.code === 'NOT_FOUND') return { protocol: null };
      throw e;
    }),
  ]);
  const protocol = p.protocol && { ...p.protocol, adopted: withVersionIds(p.protocol.adopted), draft: withVersionIds(p.protocol.draft) };
  return { id: String(councilId), council: c.council, holders: c.holders, protocol };
}

async function readVersion(id: Identifier, signal?: AbortSignal): Promise<ProtocolVersion> {
  const { v } = await graphql<{ v: ProtocolVersion }>(`query V($id: ID!) { v: protocolVersion(id: $id) { ${VERSION} } }`, { id }, signal);
  return withVersionIds(v)!;
}

async function holders(councilId: Identifier, signal?: AbortSignal): Promise<OfficeHolder[]> {
  const { holders: list } = await graphql<{ holders: OfficeHolder[] }>(
    `query H($c: ID!) { holders: officeHolders(councilId: $c, current: false) { ${HOLDER} } }`,
    { c: councilId },
    signal,
  );
  return list;
}

const blank = (v: unknown) => (v === '' || v === undefined ? null : v);

function holderInput(d: Record<string, any>) {
  return {
    roleKey: d.roleKey,
    name: d.name ?? '',
    email: blank(d.email),
    phone: blank(d.phone),
    deputy: !!d.deputy,
    fromDate: blank(d.fromDate),
    toDate: blank(d.toDate),
  };
}

/** Expectations and obligations are known by their numbered key; other rules by their content. */
const keyed = (section: Section) => section === 'EXPECTATION' || section === 'OBLIGATION';

const SAVE_RULE = `mutation Save($v: ID!, $s: RuleSection!, $rule: JSON!, $ev: Int, $key: String) {
  r: saveProtocolRule(versionId: $v, section: $s, rule: $rule, expectedVersion: $ev, key: $key) { ${RULE} } }`;

export interface ProtocolMethods {
  startProtocolDraft(protocolId: string): Promise<{ id: string }>;
  createProtocol(councilId: string, modelId?: string | null): Promise<{ id: string }>;
  adoptProtocolVersion(id: string, expectedVersion: number, input: { adoptedOn?: string | null; adoptedBy?: string | null; effectiveFrom?: string | null; nextReviewDue?: string | null; keepNextReviewDue?: boolean }): Promise<{ id: string }>;
  moveProtocolClause(id: string, expectedVersion: number, after: string | null): Promise<Clause>;
  compareProtocolVersions(baseId: string, otherId: string): Promise<Comparison>;
  /** The models a council may start from or follow: its own (with their drafts), and those published above it. */
  modelProtocols(councilId: string, signal?: AbortSignal): Promise<ModelProtocol[]>;
  createModelProtocol(councilId: string, title: string, fromVersionId: string): Promise<{ id: string; title: string }>;
  publishModelProtocol(id: string, expectedVersion: number, published: boolean): Promise<{ id: string; published: boolean }>;
  followModelProtocol(protocolId: string, expectedVersion: number, modelId: string | null): Promise<{ id: string; modelId: string | null }>;
  /** A version as text in the document format (format 2): what the Document tab edits and downloads. */
  exportProtocolDocument(versionId: string, format: 'YAML' | 'JSON'): Promise<string>;
  /** A draft as one document (JSON) with the draft's version, for an edit that reads, changes and saves it whole. */
  readProtocolDocument(versionId: string): Promise<{ document: Record<string, any>; version: number }>;
  /** Replaces a draft with a document (JSON); every problem comes back at once in the error's extensions.problems. */
  saveDraftDocument(versionId: string, expectedVersion: number, document: unknown): Promise<{ id: string; version: number }>;
  /** saveDraftDocument from JSON or YAML text (the API reads the text, so a syntax error is a problem with its line too). */
  importProtocolDocument(versionId: string, expectedVersion: number, text: string): Promise<{ id: string; version: number }>;
  discardDraft(versionId: string, expectedVersion: number): Promise<string>;
  renameProtocol(id: string, expectedVersion: number, title: string, titleCy: string | null): Promise<{ id: string; title: string; titleCy: string | null; version: number }>;
  /** Names of councils in scope, by id (those one can be monitoring officer of are few). */
  councilNames(ids: string[]): Promise<{ id: string; name: string }[]>;
}

/** What tells a draft's chains apart beyond concern, severity and subject (fixed in the form): its id and condition. */
const chainIdentity = (body: Record<string, any>) => JSON.stringify([body.id ?? null, body.when?.raisedBy ?? null, (body.when?.seeks ?? '').trim().toLowerCase()]);

/** JSON with keys sorted: the same rule read twice compares equal whatever the order of its fields. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v && typeof v === 'object'
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
      : JSON.stringify(v ?? null);

/**
 * Replaces one chain of a draft through saveDraftDocument: the draft read whole, the chain found as it
 * was read (else someone changed it: CONFLICT), replaced, saved with the draft's version. The chain's
 * problems come back as the form's field errors (rule.steps.0.handler), the others as its message.
 */
async function saveChainInDocument(previous: RuleEntry, body: Record<string, any>): Promise<RuleEntry> {
  const { v } = await graphql<{ v: { document: Record<string, any>; version: number } }>('query D($id: ID!) { v: protocolVersion(id: $id) { document version } }', {
    id: previous.versionId,
  });
  const chains = (v.document.chains ?? []) as Record<string, any>[];
  const index = chains.findIndex((c) => canonical(c) === canonical(previous.body));
  if (index < 0) throw clientError('protocols.conflict.title', 'CONFLICT', { expectedVersion: previous.version, actualVersion: previous.version + 1 });
  const document = { ...v.document, chains: chains.map((c, i) => (i === index ? body : c)) };
  try {
    await graphql('mutation S($v: ID!, $ev: Int!, $d: JSON!) { saveDraftDocument(versionId: $v, expectedVersion: $ev, document: $d) { id } }', {
      v: previous.versionId,
      ev: v.version,
      d: document,
    });
  } catch (e) {
    const problems = isApiError(e) ? (e.extensions.problems as { path: string; message: string }[] | undefined) : undefined;
    const prefix = `chains[${index}]`;
    const own = problems?.find((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
    if (own) {
      const field = `rule${own.path.slice(prefix.length).replace(/\[(\d+)\]/g, '.$1')}`;
      throw apiError(own.message, 'BAD_USER_INPUT', { ...(isApiError(e) ? e.extensions : {}), field: field === 'rule' ? undefined : field });
    }
    throw e;
  }
  const { protocolVersion } = await graphql<{ protocolVersion: { rules: RuleEntry[] } }>(
    'query R($id: ID!) { protocolVersion(id: $id) { rules(section: CHAIN) { id section key body clauses version position } } }',
    { id: previous.versionId },
  );
  const r = protocolVersion.rules;
  const saved = r.find((x) => canonical(x.body) === canonical(body)) ?? r[index];
  return { ...saved!, versionId: previous.versionId };
}

/** The base data provider, with the protocol editor's resources and methods. */
export function withProtocolData<D extends DataProvider>(base: D): D & ProtocolMethods {
  const ours: Partial<DataProvider> = {
    async getList(resource, params) {
      if (resource === 'protocols') {
        // One protocol per council: the list is the councils in scope, paged and sorted by the API.
        return base.getList('councils', params);
      }
      if (resource === 'officeHolders') {
        const councilId = params.filter?.councilId;
        if (!councilId) return { data: [], total: 0 };
        const all = await holders(councilId, params.signal);
        return { data: all as any[], total: all.length };
      }
      throw new Error(`Listing ${resource} is not available`);
    },

    async getOne(resource, { id, meta, signal }) {
      switch (resource) {
        case 'protocols':
          return { data: await readProtocol(id, signal) as any };
        case 'protocolClauses': {
          const clause = (await readVersion(meta.versionId, signal)).clauses.find((c) => c.id === id);
          if (!clause) throw new Error('This clause no longer exists: it may have been removed');
          return { data: clause as any };
        }
        case 'protocolRules': {
          const rule = (await readVersion(meta.versionId, signal)).rules.find((r) => r.id === id);
          if (!rule) throw new Error('This rule no longer exists: it may have been removed or its key changed');
          return { data: rule as any };
        }
        case 'protocolReviews':
          return { data: await readVersion(id, signal) as any };
        case 'officeHolders': {
          const holder = (await holders(meta.councilId, signal)).find((h) => h.id === id);
          if (!holder) throw new Error('This office holder no longer exists');
          return { data: holder as any };
        }
      }
      throw new Error(`Reading ${resource} is not available`);
    },

    async create(resource, { data }) {
      switch (resource) {
        case 'protocolClauses': {
          const { c } = await graphql<{ c: Clause }>(
            `mutation Add($v: ID!, $input: AddClauseInput!) { c: addProtocolClause(versionId: $v, input: $input) { ${CLAUSE} } }`,
            {
              v: data.versionId,
              input: {
                number: blank(data.number),
                heading: blank(data.heading),
                text: data.text ?? '',
                headingCy: blank(data.headingCy),
                textCy: blank(data.textCy),
                after: blank(data.after),
                atStart: !blank(data.after),
              },
            },
          );
          return { data: c as any };
        }
        case 'protocolRules': {
          const { r } = await graphql<{ r: RuleEntry }>(SAVE_RULE, { v: data.versionId, s: data.section, rule: data.body });
          return { data: { ...r, versionId: data.versionId } as any };
        }
        case 'officeHolders': {
          const { h } = await graphql<{ h: OfficeHolder }>(
            `mutation Add($c: ID!, $input: OfficeHolderInput!) { h: addOfficeHolder(councilId: $c, input: $input) { ${HOLDER} } }`,
            { c: data.councilId, input: holderInput(data) },
          );
          return { data: h as any };
        }
      }
      throw new Error(`Creating ${resource} is not available`);
    },

    async update(resource, { id, data, previousData }) {
      const expectedVersion = previousData.version;
      switch (resource) {
        case 'protocolClauses': {
          const { c } = await graphql<{ c: Clause }>(
            `mutation Edit($id: ID!, $ev: Int!, $input: UpdateClauseInput!) {
              c: updateProtocolClause(id: $id, expectedVersion: $ev, input: $input) { ${CLAUSE} } }`,
            {
              id,
              ev: expectedVersion,
              input: { number: data.number ?? '', heading: data.heading ?? null, text: data.text ?? '', headingCy: data.headingCy ?? null, textCy: data.textCy ?? null },
            },
          );
          return { data: c as any };
        }
        case 'protocolRules': {
          const section = previousData.section as Section;
          // A chain is known by its content, its condition (who raises it, what they seek) included:
          // changing that changes which chain it is, so it is saved with the whole draft.
          if (section === 'CHAIN' && chainIdentity(previousData.body) !== chainIdentity(data.body)) {
            return { data: (await saveChainInDocument(previousData as RuleEntry, data.body)) as any };
          }
          const { r } = await graphql<{ r: RuleEntry }>(SAVE_RULE, {
            v: previousData.versionId,
            s: section,
            rule: data.body,
            ev: expectedVersion,
            key: keyed(section) ? previousData.key : null,
          });
          return { data: { ...r, versionId: previousData.versionId } as any };
        }
        case 'protocolReviews': {
          const { v } = await graphql<{ v: { id: string; version: number } }>(
            `mutation Review($id: ID!, $ev: Int!, $input: ReviewScheduleInput!) {
              v: setProtocolReview(id: $id, expectedVersion: $ev, input: $input) { id version } }`,
            { id, ev: expectedVersion, input: data },
          );
          return { data: { ...previousData, ...v } as any };
        }
        case 'officeHolders': {
          const { h } = await graphql<{ h: OfficeHolder }>(
            `mutation Edit($id: ID!, $ev: Int!, $input: OfficeHolderInput!) {
              h: updateOfficeHolder(id: $id, expectedVersion: $ev, input: $input) { ${HOLDER} } }`,
            { id, ev: expectedVersion, input: holderInput(data) },
          );
          return { data: h as any };
        }
      }
      throw new Error(`Editing ${resource} is not available`);
    },

    async delete(resource, { id, previousData }) {
      switch (resource) {
        case 'protocolClauses':
          await graphql('mutation R($id: ID!, $ev: Int!) { removeProtocolClause(id: $id, expectedVersion: $ev) }', { id, ev: previousData?.version });
          break;
        case 'protocolRules':
          await graphql('mutation R($id: ID!, $ev: Int!) { removeProtocolRule(id: $id, expectedVersion: $ev) }', { id, ev: previousData?.version });
          break;
        case 'officeHolders':
          await graphql('mutation R($id: ID!, $ev: Int!) { removeOfficeHolder(id: $id, expectedVersion: $ev) }', { id, ev: previousData?.version });
          break;
        default:
          throw new Error(`Deleting ${resource} is not available`);
      }
      return { data: (previousData ?? { id }) as any };
    },
  };

  const methods: ProtocolMethods = {
    async startProtocolDraft(protocolId) {
      const { v } = await graphql<{ v: { id: string } }>('mutation S($p: ID!) { v: startProtocolDraft(protocolId: $p) { id } }', { p: protocolId });
      return v;
    },
    async createProtocol(councilId, modelId) {
      const { p } = await graphql<{ p: { id: string } }>('mutation C($c: ID!, $m: ID) { p: createProtocol(councilId: $c, modelId: $m) { id } }', {
        c: councilId,
        m: modelId ?? null,
      });
      return p;
    },
    async adoptProtocolVersion(id, expectedVersion, input) {
      const { v } = await graphql<{ v: { id: string } }>(
        'mutation A($id: ID!, $ev: Int!, $input: AdoptInput!) { v: adoptProtocolVersion(id: $id, expectedVersion: $ev, input: $input) { id } }',
        { id, ev: expectedVersion, input },
      );
      return v;
    },
    async moveProtocolClause(id, expectedVersion, after) {
      const { c } = await graphql<{ c: Clause }>(
        `mutation M($id: ID!, $ev: Int!, $after: String) { c: moveProtocolClause(id: $id, expectedVersion: $ev, after: $after) { ${CLAUSE} } }`,
        { id, ev: expectedVersion, after },
      );
      return c;
    },
    async compareProtocolVersions(baseId, otherId) {
      const { c } = await graphql<{ c: Comparison }>(
        `query C($b: ID!, $o: ID!) { c: compareProtocolVersions(baseId: $b, otherId: $o) {
          base { id number status } other { id number status }
          clauses { number change headingBefore headingAfter textBefore textAfter }
          rules { section key change before after } } }`,
        { b: baseId, o: otherId },
      );
      return c;
    },
    async modelProtocols(councilId, signal) {
      const { m } = await graphql<{ m: ModelProtocol[] }>(
        `query M($c: ID!) { m: modelProtocols(councilId: $c) { id councilId title version published
          adopted { id number adoptedOn } draft { ${VERSION} } } }`,
        { c: councilId },
        signal,
      );
      return m.map((x) => ({ ...x, draft: withVersionIds(x.draft) }));
    },
    async createModelProtocol(councilId, title, fromVersionId) {
      const { p } = await graphql<{ p: { id: string; title: string } }>(
        'mutation C($c: ID!, $t: String!, $v: ID) { p: createModelProtocol(councilId: $c, title: $t, fromVersionId: $v) { id title } }',
        { c: councilId, t: title, v: fromVersionId },
      );
      return p;
    },
    async publishModelProtocol(id, expectedVersion, published) {
      const { p } = await graphql<{ p: { id: string; published: boolean } }>(
        'mutation P($id: ID!, $ev: Int!, $p: Boolean!) { p: publishModelProtocol(id: $id, expectedVersion: $ev, published: $p) { id published } }',
        { id, ev: expectedVersion, p: published },
      );
      return p;
    },
    async followModelProtocol(protocolId, expectedVersion, modelId) {
      const { p } = await graphql<{ p: { id: string; modelId: string | null } }>(
        'mutation F($id: ID!, $ev: Int!, $m: ID) { p: followModelProtocol(id: $id, expectedVersion: $ev, modelId: $m) { id modelId } }',
        { id: protocolId, ev: expectedVersion, m: modelId },
      );
      return p;
    },
    async exportProtocolDocument(versionId, format) {
      const { v } = await graphql<{ v: { text: string } }>('query E($id: ID!, $f: DocumentTextFormat!) { v: protocolVersion(id: $id) { text: exportDocument(format: $f) } }', {
        id: versionId,
        f: format,
      });
      return v.text;
    },
    async readProtocolDocument(versionId) {
      const { v } = await graphql<{ v: { document: Record<string, any>; version: number } }>('query D($id: ID!) { v: protocolVersion(id: $id) { document version } }', {
        id: versionId,
      });
      return v;
    },
    async saveDraftDocument(versionId, expectedVersion, document) {
      const { v } = await graphql<{ v: { id: string; version: number } }>(
        'mutation S($v: ID!, $ev: Int!, $d: JSON!) { v: saveDraftDocument(versionId: $v, expectedVersion: $ev, document: $d) { id version } }',
        { v: versionId, ev: expectedVersion, d: document },
      );
      return v;
    },
    async importProtocolDocument(versionId, expectedVersion, text) {
      const { v } = await graphql<{ v: { id: string; version: number } }>(
        'mutation I($v: ID!, $ev: Int!, $t: String!) { v: importProtocolDocument(versionId: $v, expectedVersion: $ev, text: $t) { id version } }',
        { v: versionId, ev: expectedVersion, t: text },
      );
      return v;
    },
    async discardDraft(versionId, expectedVersion) {
      const { id } = await graphql<{ id: string }>('mutation D($v: ID!, $ev: Int!) { id: discardDraft(versionId: $v, expectedVersion: $ev) }', { v: versionId, ev: expectedVersion });
      return id;
    },
    async renameProtocol(id, expectedVersion, title, titleCy) {
      const { p } = await graphql<{ p: { id: string; title: string; titleCy: string | null; version: number } }>(
        'mutation R($id: ID!, $ev: Int!, $t: String!, $cy: String) { p: renameProtocol(id: $id, expectedVersion: $ev, title: $t, titleCy: $cy) { id title titleCy version } }',
        { id, ev: expectedVersion, t: title, cy: titleCy },
      );
      return p;
    },
    async councilNames(ids) {
      if (!ids.length) return [];
      const query = `query N(${ids.map((_, i) => `$c${i}: ID!`).join(', ')}) { ${ids.map((_, i) => `c${i}: council(id: $c${i}) { id name }`).join(' ')} }`;
      const data = await graphql<Record<string, { id: string; name: string }>>(query, Object.fromEntries(ids.map((id, i) => [`c${i}`, id])));
      return Object.values(data);
    },
  };

  const route =
    <K extends 'getList' | 'getOne' | 'create' | 'update' | 'delete'>(name: K) =>
    (resource: string, params: any) =>
      isOurs(resource) ? (ours[name] as any)(resource, params) : (base[name] as any)(resource, params);

  return {
    ...base,
    getList: route('getList'),
    getOne: route('getOne'),
    create: route('create'),
    update: route('update'),
    delete: route('delete'),
    getMany: (resource: string, params: any) =>
      isOurs(resource) ? Promise.all(params.ids.map((id: Identifier) => ours.getOne!(resource, { id, meta: params.meta }))).then((r) => ({ data: r.map((x) => x.data) })) : base.getMany(resource, params),
    ...methods,
  } as D & ProtocolMethods;
}
