/**
 * A schema fuzzer: operations generated from the served schema (by introspection), with
 * boundary values, hostile text and other tenants' real ids, from one seed. The same seed
 * gives the same operations in the same order (FUZZ_SEED replays a run).
 */

// ---- A seeded generator ---------------------------------------------------------------------------

/** mulberry32: small, fast and good enough to pick test values reproducibly. */
export class Rng {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/** The seed of this run: FUZZ_SEED when given (to replay a run), else a fresh one. */
export function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given) {
    const n = Number(given);
    if (!Number.isInteger(n)) throw new Error(`FUZZ_SEED must be an integer, got ${given}`);
    return n >>> 0;
  }
  return (Math.random() * 2 ** 32) >>> 0;
}

// ---- The schema, by introspection -----------------------------------------------------------------

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
export interface InputValue {
  name: string;
  type: TypeRef;
  defaultValue: string | null;
}
export interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
export interface FullType {
  kind: string;
  name: string;
  fields: Field[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}
export interface IntrospectedSchema {
  queryType: { name: string };
  mutationType: { name: string } | null;
  types: FullType[];
}

const REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
export const INTROSPECT = `{ __schema { queryType { name } mutationType { name } types { kind name
  fields { name args { name defaultValue type { ${REF} } } type { ${REF} } }
  inputFields { name defaultValue type { ${REF} } }
  enumValues { name } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const typeString = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeString(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeString(t.ofType!)}]` : t.name!;

// ---- Values -----------------------------------------------------------------------------------------

/** Ids of real records, by table: the caller's own and other councils'. */
export interface IdPools {
  own: Record<string, string[]>;
  foreign: Record<string, string[]>;
}

/** Which table an argument's id is probably of, from its name or the field's type. */
const TABLE_OF: Record<string, string> = {
  council: 'councils',
  case: 'cases',
  user: 'users',
  membership: 'memberships',
  apikey: 'api_keys',
  key: 'api_keys',
  notification: 'notifications',
  closure: 'council_closures',
  councilclosure: 'council_closures',
  protocol: 'protocols',
  model: 'protocols',
  modelprotocol: 'protocols',
  version: 'protocol_versions',
  protocolversion: 'protocol_versions',
  base: 'protocol_versions',
  other: 'protocol_versions',
  fromversion: 'protocol_versions',
  clause: 'protocol_clauses',
  protocolclause: 'protocol_clauses',
  rule: 'protocol_items',
  protocolrule: 'protocol_items',
  item: 'protocol_items',
  officeholder: 'office_holders',
  holder: 'office_holders',
  feed: 'calendar_feeds',
  calendarfeed: 'calendar_feeds',
  review: 'review_tasks',
  reviewtask: 'review_tasks',
  task: 'review_tasks',
  event: 'case_events',
  entity: '*',
  parent: 'councils',
};
const VERBS = /^(add|remove|update|revoke|delete|move|mark|adopt|publish|follow|start|set|reaffirm|save|create|complete|acknowledge)/;

function tableFor(arg: string, field: Field): string {
  const base = arg.replace(/Ids?$/, '').toLowerCase();
  if (base && base !== 'id' && TABLE_OF[base]) return TABLE_OF[base];
  const type = named(field.type).name!.toLowerCase();
  if (TABLE_OF[type]) return TABLE_OF[type];
  const noun = field.name.replace(VERBS, '').toLowerCase();
  return TABLE_OF[noun] ?? TABLE_OF[noun.replace(/s$/, '')] ?? '*';
}

const MB = 1024 * 1024;
/** Text that a careless server mishandles. NUL, C0 controls and unpaired surrogates must be refused; the rest stored as given. */
const FORBIDDEN_TEXT = ['a\u0000b', '\u0000', 'end\u0000', 'x\u0007\u001b[2J', '\u000b\u000c', '\ud800', 'tail\udfff', '\udc00\ud800'];
const ODD_TEXT = [
  '',
  ' ',
  '\t\r\n',
  'a\u0000b',
  '\u0000',
  'x\u0007\u001b[2J',
  '\ud800',
  'tail\udfff',
  '\u202Egnp.exe',
  '\uFEFFbom',
  '\uFFFF\uFFFE',
  'Z\u0301\u0302\u0303\u0304\u0305'.repeat(200),
  '👩🏽‍⚖️ Cyngor Cymuned ŵŷ ğ 日本語 عربى',
  "' OR 1=1 --",
  '%_\\%',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '${7*7}{{7*7}}',
  'null',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(10_000),
];

const DATE_TIMES = ['2026-09-01T09:00:00Z', '2026-03-29T00:30:00Z', '2026-10-25T01:30:00+01:00', '2025-12-24T16:59:59Z'];
const ODD_DATE_TIMES = [
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1970-01-01T00:00:00Z',
  '2011-12-31T23:59:59Z',
  '2012-01-01T00:00:00Z',
  '2099-12-31T23:59:59Z',
  '2100-01-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-09-01',
  '2026-09-01T25:00:00Z',
  '',
  'yesterday',
  '2026-09-01T09:00:00.123456789+14:00',
];
const LOCAL_DATES = ['2026-09-01', '2026-12-25', '2027-01-04', '2026-06-30'];
const ODD_LOCAL_DATES = ['2026-02-29', '2024-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2011-12-31', '2012-01-01', '2099-12-31', '2100-01-01', '26-01-01', '2026-1-1', '', '2026-09-01T00:00:00Z'];
const INTS = [0, 1, 2, 5, 10, 50, 200];
const ODD_INTS: unknown[] = [-1, -2147483648, 2147483647, 201, 2147483648, 1.5, '1', null, Number.MAX_SAFE_INTEGER, -0];

export interface FuzzContext {
  rng: Rng;
  types: Map<string, FullType>;
  ids: IdPools;
  /** Ids never to be given to a mutation (the fuzzer's own callers), so a run does not sign itself out. */
  keep: ReadonlySet<string>;
  /** 0 = plausible values only … 1 = every value hostile. */
  hostility: number;
  mutation: boolean;
  serial: number;
  /** Only the caller's own ids (for a plausible baseline). */
  ownOnly?: boolean;
  /** Where the leaves (scalars and enums) of the values made go, to pick one to spoil. */
  leaves?: Leaf[];
}

/** One scalar or enum in an operation's variables: where it is and what type it has. */
export interface Leaf {
  path: (string | number)[];
  type: TypeRef;
  name: string;
}

function anyId(ctx: FuzzContext, table: string): string {
  const { rng, ids } = ctx;
  const side = ctx.ownOnly || rng.chance(0.55) ? ids.own : ids.foreign;
  const tables = table === '*' || !side[table]?.length ? Object.keys(side).filter((t) => side[t].length) : [table];
  let list = side[rng.pick(tables)] ?? [];
  if (ctx.mutation) list = list.filter((id) => !ctx.keep.has(id));
  return list.length ? rng.pick(list) : '00000000-0000-4000-8000-000000000000';
}

function anyForeignId(ctx: FuzzContext, table: string): string {
  const { rng, ids } = ctx;
  const tables = table === '*' || !ids.foreign[table]?.length ? Object.keys(ids.foreign).filter((t) => ids.foreign[t].length) : [table];
  return rng.pick(ids.foreign[rng.pick(tables)]);
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let at: any = target;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path[path.length - 1]] = value;
}

function idValue(ctx: FuzzContext, table: string): unknown {
  const { rng } = ctx;
  if (rng.chance(ctx.hostility * 0.5)) {
    return rng.pick<unknown>([
      '',
      'x',
      '1',
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      `${anyId(ctx, table)}x`,
      anyId(ctx, table).toUpperCase(),
      ` ${anyId(ctx, table)}`,
      `${anyId(ctx, table)}\u0000`,
      "1' OR '1'='1",
      'x'.repeat(5000),
      12345,
    ]);
  }
  return anyId(ctx, table);
}

function stringValue(ctx: FuzzContext, name: string): unknown {
  const { rng } = ctx;
  ctx.serial++;
  if (rng.chance(ctx.hostility)) {
    if (rng.chance(0.015)) return 'y'.repeat(MB - 4096); // just under the body limit: reaches the resolvers
    if (rng.chance(0.01)) return 'z'.repeat(MB + 1); // over it: 413
    if (rng.chance(0.5)) return rng.pick(FORBIDDEN_TEXT);
    return rng.pick<unknown>([...ODD_TEXT, 42, true]);
  }
  const n = name.toLowerCase();
  if (n.includes('email')) return `fuzz${ctx.serial}.${rng.int(1e6)}@example.org`;
  if (n.includes('password')) return rng.pick(['a-long-enough-password-1', 'short', 'correct horse battery staple 9']);
  if (n === 'slug') return `fuzz-${rng.int(1e9)}`;
  if (n === 'locale') return rng.pick(['en', 'cy', 'fr']);
  if (n === 'number' || n === 'after' || n.startsWith('clause')) return rng.pick(['1', '2.3', '4.1(a)', `${rng.int(200)}`]);
  if (n.includes('time') || n === 'cutoff') return rng.pick(['16:00', '09:30', '24:00']);
  if (n === 'search') return rng.pick(['drain', 'a', 'Cllr', '2026']);
  return rng.pick(['Fuzzed text', `Fuzz ${ctx.serial}`, 'A ward enquiry about the bins', 'Cyngor ŵ']);
}

/** A value for an input type: plausible mostly, hostile as often as ctx.hostility says. */
export function valueFor(ctx: FuzzContext, t: TypeRef, name: string, field: Field, depth = 0, path: (string | number)[] = [name]): unknown {
  const { rng, types } = ctx;
  if (t.kind === 'NON_NULL') {
    if (rng.chance(ctx.hostility * 0.03)) return null;
    return valueFor(ctx, t.ofType!, name, field, depth, path);
  }
  if (t.kind === 'LIST') {
    const n = rng.chance(ctx.hostility * 0.05) ? 120 : rng.int(depth > 2 ? 1 : 4);
    return Array.from({ length: n }, (_, i) => valueFor(ctx, t.ofType!, name, field, depth + 1, [...path, i]));
  }
  const type = types.get(t.name!)!;
  if (type.kind !== 'INPUT_OBJECT') ctx.leaves?.push({ path, type: t, name });
  const hostile = () => rng.chance(ctx.hostility);
  if (type.kind === 'ENUM') {
    const values = type.enumValues!.map((v) => v.name);
    if (rng.chance(ctx.hostility * 0.3)) return rng.pick(['NOPE', values[0].toLowerCase(), '', 3]);
    return rng.pick(values);
  }
  if (type.kind === 'INPUT_OBJECT') {
    const out: Record<string, unknown> = {};
    for (const f of type.inputFields!) {
      const required = f.type.kind === 'NON_NULL' && f.defaultValue === null;
      if (required && rng.chance(ctx.hostility * 0.04)) continue; // a required field left out
      if (!required && !rng.chance(0.5)) continue;
      out[f.name] = depth > 4 ? null : valueFor(ctx, f.type, f.name, field, depth + 1, [...path, f.name]);
    }
    if (rng.chance(ctx.hostility * 0.04)) out.notAField = 'x';
    return out;
  }
  switch (t.name) {
    case 'ID':
      return idValue(ctx, tableFor(name, field));
    case 'String':
      return stringValue(ctx, name);
    case 'Int':
      if (hostile()) return rng.pick(ODD_INTS);
      if (name === 'expectedVersion') return rng.chance(0.7) ? 1 : rng.pick(INTS); // most records are at version 1
      return name === 'offset' ? rng.pick([0, 0, 10, 1000]) : name === 'limit' ? rng.pick([1, 5, 25, 25, 200]) : rng.pick(INTS);
    case 'Float':
      return hostile() ? rng.pick<unknown>([-1e308, 1e308, 0.1, 'NaN', -0]) : rng.next() * 100;
    case 'Boolean':
      return hostile() && rng.chance(0.2) ? rng.pick<unknown>(['true', 1, null]) : rng.chance(0.5);
    case 'DateTime':
      return hostile() ? rng.pick(ODD_DATE_TIMES) : rng.pick(DATE_TIMES);
    case 'LocalDate':
      return hostile() ? rng.pick(ODD_LOCAL_DATES) : rng.pick(LOCAL_DATES);
    case 'JSON': {
      if (!hostile()) return rng.pick<unknown>([{}, { a: 1 }, { note: 'x' }, []]);
      let deep: unknown = 'leaf';
      for (let i = 0; i < 150; i++) deep = { d: deep };
      return rng.pick<unknown>([{ 'k\u0000': 1 }, { k: 'v\u0000' }, deep, 'string', 12, null, Array.from({ length: 5000 }, (_, i) => i)]);
    }
    default:
      return stringValue(ctx, name);
  }
}

// ---- Operations ---------------------------------------------------------------------------------

export interface FuzzOp {
  index: number;
  who: string;
  root: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

/** GraphQL lexical tokens in a piece of a document. */
const tokens = (text: string) => text.match(/[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|\.\.\.|[{}()[\]:,!$=@|&]/g)?.length ?? 0;

/** A random selection of a type's fields (scalars mostly, some objects to a depth), in at most `budget` tokens. */
function selection(ctx: FuzzContext, typeName: string, depth: number, budget: number): string {
  const { rng, types } = ctx;
  const type = types.get(typeName)!;
  if (type.kind !== 'OBJECT') return '__typename';
  const parts: string[] = [];
  let used = 0;
  const fields = [...type.fields!].filter((f) => !f.name.startsWith('__'));
  for (const f of fields) {
    const inner = types.get(named(f.type).name!)!;
    const leaf = inner.kind === 'SCALAR' || inner.kind === 'ENUM';
    if (!rng.chance(leaf ? 0.6 : depth > 0 ? 0.3 : 0)) continue;
    const args = f.args
      .filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)
      .map((a) => `${a.name}: ${literal(ctx, valueFor({ ...ctx, hostility: 0 }, a.type, a.name, f), a.type)}`);
    const call = args.length ? `${f.name}(${args.join(', ')})` : f.name;
    const piece = leaf ? call : `${call} { ${selection(ctx, inner.name, depth - 1, Math.min(120, budget - used - tokens(call)))} }`;
    const cost = tokens(piece);
    if (used + cost > budget) continue;
    parts.push(piece);
    used += cost;
  }
  return parts.length ? parts.join(' ') : '__typename';
}

/** A value written into the document (enums bare, strings as JSON strings). */
function literal(ctx: FuzzContext, v: unknown, t: TypeRef): string {
  if (v === null || v === undefined) return 'null';
  if (t.kind === 'NON_NULL') return literal(ctx, v, t.ofType!);
  if (t.kind === 'LIST') return Array.isArray(v) ? `[${v.map((x) => literal(ctx, x, t.ofType!)).join(', ')}]` : literal(ctx, v, t.ofType!);
  const base = ctx.types.get(t.name!)!;
  if (base.kind === 'ENUM') return typeof v === 'string' && /^[A-Za-z_]\w*$/.test(v) ? v : JSON.stringify(v);
  if (base.kind === 'INPUT_OBJECT' && v && typeof v === 'object') {
    return `{ ${Object.entries(v as object)
      .map(([k, x]) => `${k}: ${literal(ctx, x, base.inputFields!.find((f) => f.name === k)?.type ?? { kind: 'SCALAR', name: 'String', ofType: null })}`)
      .join(', ')} }`;
  }
  if (base.name === 'JSON') return JSON.stringify(JSON.stringify(v));
  return JSON.stringify(v);
}

export interface Caller {
  who: string;
  mutations: boolean;
}

/**
 * `count` operations: each picks a caller, a root field of the query or mutation type, values
 * for its arguments (as variables, or now and then written in the document) and a selection.
 * Deterministic for a seed and the same schema and ids.
 */
export function generate(schema: IntrospectedSchema, seed: number, ids: IdPools, keep: ReadonlySet<string>, callers: Caller[], count: number): FuzzOp[] {
  const rng = new Rng(seed);
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const roots = {
    query: types.get(schema.queryType.name)!.fields!.filter((f) => !f.name.startsWith('__')),
    mutation: schema.mutationType ? types.get(schema.mutationType.name)!.fields! : [],
  };
  const every = [...roots.query.map((f) => ['query', f] as const), ...roots.mutation.map((f) => ['mutation', f] as const)];
  const ops: FuzzOp[] = [];
  let serial = 0;
  for (let index = 0; index < count; index++) {
    const caller = callers[index % callers.length];
    let root: 'query' | 'mutation';
    let field: Field;
    if (index < callers.length * every.length) {
      // Every root field by every caller first, then at random.
      [root, field] = every[Math.floor(index / callers.length)];
    } else {
      root = roots.mutation.length && rng.chance(caller.mutations ? 0.45 : 0.15) ? 'mutation' : 'query';
      field = rng.pick(roots[root]);
    }
    // Most operations: a plausible call with the caller's own ids (so it reaches the services),
    // then as it is, or with one value spoiled (hostile, or another council's id); a few
    // spoiled throughout.
    const mode = rng.next();
    const chaos = mode >= 0.9;
    const hostility = chaos ? rng.pick([0.3, 0.6, 1]) : 0;
    const leaves: Leaf[] = [];
    const ctx: FuzzContext = { rng, types, ids, keep, hostility, mutation: root === 'mutation', serial, ownOnly: !chaos, leaves };
    const values: Record<string, unknown> = {};
    for (const a of field.args) {
      const required = a.type.kind === 'NON_NULL' && a.defaultValue === null;
      if (!required && !rng.chance(0.6)) continue;
      if (required && rng.chance(hostility * 0.03)) continue; // a required argument missing: a validation error
      values[a.name] = valueFor(ctx, a.type, a.name, field);
    }
    if (!chaos && mode >= 0.25 && leaves.length) {
      // Texts and ids most often: where a server trusts what it is given.
      const texts = leaves.filter((l) => ['String', 'ID'].includes((l.type.kind === 'NON_NULL' ? l.type.ofType! : l.type).name!));
      const leaf = texts.length && rng.chance(0.7) ? rng.pick(texts) : rng.pick(leaves);
      const spoil: FuzzContext = { ...ctx, hostility: 1, ownOnly: false, leaves: undefined };
      const named = leaf.type.kind === 'NON_NULL' ? leaf.type.ofType! : leaf.type;
      const foreignId = mode < 0.45 && named.name === 'ID';
      setAt(values, leaf.path, foreignId ? anyForeignId(spoil, tableFor(leaf.name, field)) : rng.chance(0.04) ? null : valueFor(spoil, named, leaf.name, field, 0, leaf.path));
    }
    const variables: Record<string, unknown> = {};
    const defs: string[] = [];
    const args: string[] = [];
    for (const a of field.args) {
      if (!(a.name in values)) continue;
      const value = values[a.name];
      if (rng.chance(0.15)) {
        args.push(`${a.name}: ${literal(ctx, value, a.type)}`);
      } else {
        defs.push(`$${a.name}: ${typeString(a.type)}`);
        args.push(`${a.name}: $${a.name}`);
        variables[a.name] = value;
      }
    }
    serial = ctx.serial;
    const returned = types.get(named(field.type).name!)!;
    const sel = returned.kind === 'SCALAR' || returned.kind === 'ENUM' ? '' : ` { ${selection(ctx, returned.name, 2, 300)} }`;
    const query = `${root}${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${sel} }`;
    ops.push({ index, who: caller.who, root, field: field.name, query, variables });
  }
  return ops;
}

// ---- Checking answers ----------------------------------------------------------------------------

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Every UUID written in a text, lower-cased. */
export const uuidsIn = (text: string): Set<string> => new Set((text.match(UUID) ?? []).map((u) => u.toLowerCase()));

/** Shortens a value for a report (1 MB texts and all). */
export function brief(value: unknown, max = 300): string {
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 40)}…(${v.length} chars)` : v)) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
