import { createHash, randomBytes } from 'node:crypto';
import { createLogger } from '@accord/api';
import { startWorker, type RunningWorker } from '@accord/worker';
import { startStack, type Stack } from '../support/stack';
import { codeOf, gql, signIn, type Credential, type GqlResult } from '../support/graphql';
import { startSmtpSink, type SmtpSink } from '../support/smtp';

/**
 * Read-only callers (a viewer, an API key, a calendar feed beyond what its creator
 * handles) never see a confidential case's content, in any field of any type. Every
 * text field of confidential cases holds a marker ("confmark-…"); every query of the
 * schema (listed by introspection, so a new one is covered without editing this
 * test) is asked as a viewer and as API keys, selecting every field to a depth, and
 * no answer may hold a marker. The same sweep as the clerk finds every marker, so
 * they were there to find.
 */
const OPEN = 'mutation($i: OpenCaseInput!) { openCase(input: $i) { id reference version } }';
const UPDATE = 'mutation($id: ID!, $v: Int!, $i: UpdateCaseInput!) { updateCase(id: $id, expectedVersion: $v, input: $i) { id version } }';
const MOVE = 'mutation($id: ID!, $a: CaseAction!, $v: Int!, $n: String) { moveCase(id: $id, action: $a, expectedVersion: $v, note: $n) { version status stepIndex } }';
const NOTE = 'mutation($id: ID!, $n: String!) { addCaseNote(id: $id, note: $n) { id } }';
const FEED = 'mutation($c: ID!, $b: Boolean!) { createCalendarFeed(councilId: $c, name: "Deadlines", includeBelow: $b) { url feed { id } } }';

const MARK = /confmark/i;
const r = randomBytes(3).toString('hex');
const m = (what: string) => `confmark-${what}-${r}`;
/** What the clerk's sweep must find: one marker per text field of the case, its notes and its reminders. */
const MARKERS = {
  subject: m('subject'),
  description: m('description'),
  raisedByName: m('name'),
  raisedByEmail: `${m('email')}@ashbury.example`,
  aboutPerson: m('person'),
  documents: m('document'),
  updatedDescription: m('updated'),
  note: m('note'),
  moveNote: m('move'),
};

const until = async (what: string, check: () => Promise<boolean>, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
};

// ---- Introspection: every query, every field to a depth -------------------------------------------

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface InputValue { name: string; type: TypeRef; defaultValue: string | null }
interface Field { name: string; args: InputValue[]; type: TypeRef }
interface FullType { kind: string; name: string; fields: Field[] | null; inputFields: InputValue[] | null; enumValues: { name: string }[] | null }

const REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECT = `{ __schema { queryType { name } types { kind name
  fields { name args { name defaultValue type { ${REF} } } type { ${REF} } }
  inputFields { name defaultValue type { ${REF} } }
  enumValues { name } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const typeString = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${typeString(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeString(t.ofType!)}]` : t.name!);
const required = (a: InputValue) => a.type.kind === 'NON_NULL' && a.defaultValue === null;
/** GraphQL lexical tokens in a piece of a document (names, punctuation, values). */
const tokens = (text: string) => text.match(/[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|\.\.\.|[{}()[\]:,!$=@|&]/g)?.length ?? 0;

class Sweep {
  private readonly types: Map<string, FullType>;
  constructor(types: FullType[], private readonly depth: number) {
    this.types = new Map(types.map((t) => [t.name, t]));
  }

  /** A value for a required argument nobody gave: the first enum value, a plausible scalar, an input's required fields. */
  filler(t: TypeRef): unknown {
    if (t.kind === 'NON_NULL') return this.filler(t.ofType!);
    if (t.kind === 'LIST') return [this.filler(t.ofType!)];
    const full = this.types.get(t.name!)!;
    if (full.kind === 'ENUM') return full.enumValues![0].name;
    if (full.kind === 'INPUT_OBJECT') return Object.fromEntries(full.inputFields!.filter(required).map((f) => [f.name, this.filler(f.type)]));
    return ({ ID: '00000000-0000-4000-8000-000000000000', String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: '2026-09-01T09:00:00Z', LocalDate: '2026-09-01', JSON: {}, VocabularyKey: 'member', EnquiryCategoryKey: 'planning' } as Record<string, unknown>)[t.name!] ?? 'x';
  }

  /**
   * Every scalar and enum field of a type, and its object fields to the given depth
   * (arguments: required ones only, filled), as selection sets of at most `budget`
   * tokens each (the server parses at most 1,000 tokens a document): together they
   * select everything.
   */
  selections(typeName: string, depth = this.depth, budget = 850): string[] {
    const t = this.types.get(typeName)!;
    const items: string[] = [];
    for (const f of t.fields ?? []) {
      if (f.name.startsWith('__')) continue;
      const args = f.args.filter(required).map((a) => `${a.name}: ${literal(this.filler(a.type), a.type, this.types)}`);
      const call = args.length ? `${f.name}(${args.join(', ')})` : f.name;
      const inner = this.types.get(named(f.type).name!)!;
      if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') items.push(call);
      else if (depth > 0) for (const sub of this.selections(inner.name, depth - 1, budget - tokens(call) - 2)) items.push(`${call} { ${sub} }`);
    }
    const out: string[] = [];
    for (const item of items) {
      const last = out.length - 1;
      if (last >= 0 && tokens(out[last]) + tokens(item) <= budget) out[last] += ` ${item}`;
      else out.push(item);
    }
    return out;
  }

  /** Every value of an enum type (a required enum argument is tried with each), else null. */
  enumValues(t: TypeRef): string[] | null {
    const full = this.types.get(named(t).name!)!;
    return full.kind === 'ENUM' ? full.enumValues!.map((v) => v.name) : null;
  }

  inputHas(t: TypeRef, field: string): boolean {
    const full = this.types.get(named(t).name!);
    return !!full?.inputFields?.some((f) => f.name === field);
  }
}

/** An argument value written inline (enums bare). */
function literal(v: unknown, t: TypeRef, types: Map<string, FullType>): string {
  if (t.kind === 'NON_NULL') return literal(v, t.ofType!, types);
  if (t.kind === 'LIST') return `[${(v as unknown[]).map((x) => literal(x, t.ofType!, types)).join(', ')}]`;
  const base = types.get(t.name!)!;
  if (base.kind === 'ENUM') return String(v);
  if (base.kind === 'INPUT_OBJECT') {
    return `{ ${Object.entries(v as object)
      .map(([k, x]) => `${k}: ${literal(x, base.inputFields!.find((f) => f.name === k)!.type, types)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(v);
}

interface Ids {
  councilIds: string[];
  cases: string[];
  users: string[];
  apiKeys: string[];
  versions: string[];
  protocols: string[];
  notifications: string[];
  feeds: string[];
  events: string[];
  imports: string[];
}

/** Every query of the schema, with each combination of the arguments we have real ids for (at most 60 per query). */
function operations(schema: { queryType: { name: string }; types: FullType[] }, ids: Ids): { name: string; query: string; variables: Record<string, unknown> }[] {
  const sweep = new Sweep(schema.types, 4);
  const query = schema.types.find((t) => t.name === schema.queryType.name)!;
  const byReturn: Record<string, string[]> = { Case: ids.cases, User: ids.users, ApiKey: ids.apiKeys, Council: ids.councilIds, ProtocolVersion: ids.versions, Protocol: ids.protocols, ProtocolImport: ids.imports };
  const everyId = [...new Set(Object.values(ids).flat())];
  const ops: { name: string; query: string; variables: Record<string, unknown> }[] = [];
  for (const f of query.fields!) {
    const choices: Record<string, unknown[]> = {};
    for (const a of f.args) {
      const base = named(a.type).name!;
      let values: unknown[];
      if (a.name === 'councilId') values = ids.councilIds;
      else if (a.name === 'councilIds') values = [ids.councilIds];
      else if (a.name === 'id') values = byReturn[named(f.type).name!] ?? everyId;
      else if (a.name === 'entityId') values = [undefined, ...ids.cases, ...ids.events];
      else if (a.name === 'baseId' || a.name === 'otherId' || a.name === 'versionId') values = ids.versions.slice(0, 1);
      else if (a.name === 'protocolId') values = ids.protocols.slice(0, 1);
      else if (a.name === 'limit') values = [200];
      // A protocol's vocabulary is open (format 2): a concern kind every seed routes.
      else if (a.name === 'concern') values = ['member_about_officer'];
      else if (a.name === 'filter') {
        values = [undefined];
        if (sweep.inputHas(a.type, 'search')) values.push({ search: 'confmark' });
        if (sweep.inputHas(a.type, 'ids')) values.push({ ids: ids.cases });
        if (sweep.inputHas(a.type, 'councilId')) for (const c of ids.councilIds) values.push({ councilId: c });
      } else if (required(a)) values = sweep.enumValues(a.type) ?? [sweep.filler(a.type)];
      else continue;
      if (base) choices[a.name] = values;
    }
    let combos: Record<string, unknown>[] = [{}];
    for (const [name, values] of Object.entries(choices)) combos = combos.flatMap((c) => values.map((v) => (v === undefined ? c : { ...c, [name]: v })));
    const argDefs = f.args.filter((a) => a.name in choices);
    const inner = schema.types.find((t) => t.name === named(f.type).name)!;
    const subs = inner.kind === 'SCALAR' || inner.kind === 'ENUM' ? [''] : sweep.selections(inner.name);
    for (const variables of combos.slice(0, 60)) {
      const used = argDefs.filter((a) => a.name in variables);
      const defs = used.length ? `(${used.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ')})` : '';
      const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
      for (const sub of subs) ops.push({ name: f.name, query: `query${defs} { ${f.name}${call}${sub ? ` { ${sub} }` : ''} }`, variables });
    }
  }
  return ops;
}

// ---- The test --------------------------------------------------------------------------------------

describe('confidential casework and read-only callers', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let worker: RunningWorker | undefined;
  let clerk: { token: string };
  let viewer: { token: string };
  let apiKey: { apiKey: string };
  let cwmbranClerk: { token: string };
  let mo: { token: string };
  let torfaenClerk: { token: string };
  let torfaenKey: { apiKey: string };
  let schema: { queryType: { name: string }; types: FullType[] };
  const made: Record<string, { id: string; reference: string; version: number }> = {};
  const ids: Ids = { councilIds: [], cases: [], users: [], apiKeys: [], versions: [], protocols: [], notifications: [], feeds: [], events: [], imports: [] };
  const feeds: Record<string, string> = {};
  const q = <T = any>(sql: string, params: unknown[] = []) => stack.db.admin.query(sql, params).then((x) => x.rows as T[]);
  const ok = <T = any>(res: GqlResult<T>): T => {
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const ward = (extra: object) => ({
    councilId: stack.db.councils.ashbury,
    kind: 'ENQUIRY',
    category: 'WARD_MATTER',
    raisedByRole: 'MEMBER',
    raisedByName: 'Cllr Anna Shaw',
    ...extra,
  });

  beforeAll(async () => {
    sink = await startSmtpSink();
    stack = await startStack({
      SMTP_PORT: String(sink.port),
      WORKER_CONCURRENCY: '1',
      RECONCILE_EVERY_MS: '200',
      WORKER_LOCK_MS: '2000',
      REMINDER_BACKOFF_MS: '50',
      // The sweep asks every field at once: far above what an integration would.
      GRAPHQL_MAX_COST: '100000000',
      API_KEY_RATE_LIMIT: '100000',
    });
    // The demo states no review date Cwmbran's text does not give; the calendar checks below need one.
    await stack.db.admin.query(`UPDATE councils SET next_review_due = current_date + 17 WHERE id = $1`, [stack.db.councils.cwmbran]);
    await stack.db.admin.query(`UPDATE councils SET next_review_due = current_date + 240 WHERE id = $1`, [stack.db.councils.torfaen]);
    const ashbury = stack.db.councils.ashbury;
    clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
    cwmbranClerk = await signIn(stack.baseUrl, 'clerk.cwmbran@accord.example');
    mo = await signIn(stack.baseUrl, 'mo.torfaen@accord.example');

    // A viewer at Ashbury, an Ashbury API key, a clerk at Torfaen and a Torfaen key reaching Cwmbran.
    const v = ok(await gql(stack.baseUrl, 'mutation($c: ID!) { createUser(input: { email: "viewer@ashbury.example", displayName: "Ashbury viewer", password: "a-long-enough-password", councilId: $c, role: VIEWER }) { id } }', { c: ashbury }, clerk));
    viewer = await signIn(stack.baseUrl, 'viewer@ashbury.example', 'a-long-enough-password');
    const key = ok(await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "Website", councilId: $c }) { secret apiKey { id } } }', { c: ashbury }, clerk)).createApiKey;
    apiKey = { apiKey: key.secret };
    const tc = ok(await gql(stack.baseUrl, 'mutation($c: ID!) { createUser(input: { email: "clerk@torfaen.example", displayName: "Torfaen clerk", password: "a-long-enough-password", councilId: $c, role: CLERK }) { id } }', { c: stack.db.councils.torfaen }, mo));
    torfaenClerk = await signIn(stack.baseUrl, 'clerk@torfaen.example', 'a-long-enough-password');
    const tk = ok(await gql(stack.baseUrl, 'mutation($c: ID!) { createApiKey(input: { name: "County site", councilId: $c, includeDescendants: true }) { secret apiKey { id } } }', { c: stack.db.councils.torfaen }, mo)).createApiKey;
    torfaenKey = { apiKey: tk.secret };

    // A: confidential from the start, every text field marked, received long ago so that every reminder is due.
    made.a = ok(await gql(stack.baseUrl, OPEN, { i: ward({
      classification: 'CONFIDENTIAL',
      receivedAt: '2026-08-28T09:00:00Z',
      subject: MARKERS.subject,
      description: MARKERS.description,
      raisedByName: MARKERS.raisedByName,
      raisedByEmail: MARKERS.raisedByEmail,
      aboutPerson: MARKERS.aboutPerson,
      documents: [MARKERS.documents],
    }) }, clerk)).openCase;
    // D: public, also long ago: its reminders are what a viewer may see.
    made.d = ok(await gql(stack.baseUrl, OPEN, { i: ward({ receivedAt: '2026-08-28T09:00:00Z', subject: `publicok-d-${r}` }) }, clerk)).openCase;
    // B: confidential when opened, made public since; C: public when opened, confidential since (received now: nothing due yet).
    made.b = ok(await gql(stack.baseUrl, OPEN, { i: ward({ classification: 'CONFIDENTIAL', subject: m('b-subject'), description: m('b-description'), raisedByName: m('b-name') }) }, clerk)).openCase;
    ok(await gql(stack.baseUrl, UPDATE, { id: made.b.id, v: made.b.version, i: { classification: 'PUBLIC', subject: `publicok-b-${r}`, description: 'Now public', raisedByName: 'Cllr Anna Shaw' } }, clerk));
    made.c = ok(await gql(stack.baseUrl, OPEN, { i: ward({ subject: 'A street light', raisedByName: 'Cllr Tom Reed' }) }, clerk)).openCase;
    ok(await gql(stack.baseUrl, UPDATE, { id: made.c.id, v: made.c.version, i: { classification: 'EXEMPT', description: m('c-description') } }, clerk));
    // At Cwmbran (below Torfaen): one confidential, one public.
    const concern = (extra: object) => ({ councilId: stack.db.councils.cwmbran, kind: 'CONCERN', concern: 'ABOUT_CLERK', aboutRole: 'CLERK', raisedByRole: 'MEMBER', raisedByName: 'Cllr Dai Evans', ...extra });
    made.e = ok(await gql(stack.baseUrl, OPEN, { i: concern({ subject: m('e-subject'), description: m('e-description'), classification: 'EMPLOYEE_PERSONAL' }) }, cwmbranClerk)).openCase;
    made.f = ok(await gql(stack.baseUrl, OPEN, { i: concern({ subject: `publicok-f-${r}` }) }, cwmbranClerk)).openCase;

    // The worker sends A's and D's reminders (the two "missed" ones each; their "due soon" ones are stale by now and
    // are not sent), recording notifications that quote them, and moves them on.
    worker = await startWorker(stack.db.config, createLogger('worker', 'silent'));
    const reminded = async () => {
      const [r] = await q(
        `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'sent')::int AS sent,
                (SELECT count(*)::int FROM notifications WHERE case_id = ANY($1)) AS notified
         FROM reminders WHERE case_id = ANY($1)`,
        [[made.a.id, made.d.id]],
      );
      return r.pending === 0 && r.sent >= 4 && r.notified >= 4;
    };
    await until('A and D reminded', reminded).catch(async (e) => {
      throw new Error(`${e.message}: ${JSON.stringify(await q(`SELECT case_id, kind, status, attempts, last_error, send_at FROM reminders WHERE case_id = ANY($1)`, [[made.a.id, made.d.id]]))}`);
    });
    await until('A escalated by the worker', async () => (await q(`SELECT step_index FROM cases WHERE id = $1`, [made.a.id]))[0].step_index === 1);
    await worker.close();
    worker = undefined;

    // A: noted, changed, acknowledged and escalated by the clerk.
    const noted = ok(await gql(stack.baseUrl, NOTE, { id: made.a.id, n: MARKERS.note }, clerk)).addCaseNote;
    let version = (await q(`SELECT version FROM cases WHERE id = $1`, [made.a.id]))[0].version;
    version = ok(await gql(stack.baseUrl, UPDATE, { id: made.a.id, v: version, i: { description: MARKERS.updatedDescription } }, clerk)).updateCase.version;
    version = ok(await gql(stack.baseUrl, MOVE, { id: made.a.id, a: 'ACKNOWLEDGE', v: version, n: MARKERS.moveNote }, clerk)).moveCase.version;
    ok(await gql(stack.baseUrl, MOVE, { id: made.a.id, a: 'ESCALATE', v: version, n: MARKERS.moveNote }, clerk));

    // Calendar feeds: the Ashbury clerk's, and the monitoring officer's over Torfaen and Cwmbran.
    feeds.ashburyClerk = ok(await gql(stack.baseUrl, FEED, { c: ashbury, b: false }, clerk)).createCalendarFeed.url;
    feeds.torfaenMo = ok(await gql(stack.baseUrl, FEED, { c: stack.db.councils.torfaen, b: true }, mo)).createCalendarFeed.url;
    // Feeds made before this rule or by someone who is now read-only: one at Ashbury by the viewer,
    // one by the Torfaen clerk covering the councils below. Written straight to the table.
    for (const [name, council, creator, below] of [
      ['ashburyViewer', ashbury, v.createUser.id, false],
      ['torfaenClerkBelow', stack.db.councils.torfaen, tc.createUser.id, true],
    ] as const) {
      const token = `cal_${randomBytes(24).toString('base64url')}`;
      await q(`INSERT INTO calendar_feeds (council_id, include_below, name, token_hash, created_by) VALUES ($1, $2, 'Old feed', $3, $4)`, [council, below, createHash('sha256').update(token).digest(), creator]);
      feeds[name] = `${stack.db.config.api.publicUrl}/calendar/${token}.ics`;
    }

    ids.councilIds = [ashbury];
    ids.cases = Object.values(made).map((c) => c.id);
    ids.users = [v.createUser.id, stack.db.users['clerk.ashbury@accord.example']];
    ids.apiKeys = [key.apiKey.id];
    ids.notifications = (await q(`SELECT id FROM notifications WHERE case_id = $1`, [made.a.id])).map((x) => x.id);
    ids.feeds = (await q(`SELECT id FROM calendar_feeds WHERE council_id = $1`, [ashbury])).map((x) => x.id);
    ids.events = [noted.id];
    // An import record at Ashbury and one at Cwmbran (below Torfaen), so that protocolImport has ids to ask for.
    for (const council of [ashbury, stack.db.councils.cwmbran]) {
      await q(`INSERT INTO protocol_imports (council_id, filename, size, status) VALUES ($1, 'protocol.txt', 1, 'queued')`, [council]);
    }
    ids.imports = (await q(`SELECT id FROM protocol_imports WHERE council_id = ANY($1::uuid[])`, [[ashbury, stack.db.councils.cwmbran]])).map((x) => x.id);
    schema = ok(await gql(stack.baseUrl, INTROSPECT, {}, clerk)).__schema;
  }, 180_000);

  afterAll(async () => {
    await worker?.close();
    await stack?.stop();
    await sink?.stop();
  });

  const query = () => schema.types.find((t) => t.name === schema.queryType.name)!;
  /** Every query as `who`: the text of every answer, and the error codes met. */
  const sweep = async (who: Credential, councilIds: string[]) => {
    const versions = (await q(`SELECT v.id FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id WHERE p.council_id = ANY($1) ORDER BY v.number`, [councilIds])).map((x) => x.id);
    const protocols = (await q(`SELECT id FROM protocols WHERE council_id = ANY($1)`, [councilIds])).map((x) => x.id);
    const ops = operations(schema, { ...ids, councilIds, versions, protocols });
    const answers: { name: string; text: string }[] = [];
    const codes = new Set<string>();
    for (const op of ops) {
      const res = await gql(stack.baseUrl, op.query, op.variables, who);
      for (const e of res.errors ?? []) codes.add(String(e.extensions?.code));
      answers.push({ name: op.name, text: JSON.stringify(res) });
    }
    // Every query was asked, and answered (an error only where a record is out of reach).
    const answered = new Set(answers.filter((a) => !JSON.parse(a.text).errors).map((a) => a.name));
    expect(new Set(ops.map((o) => o.name))).toEqual(new Set(query().fields!.map((f) => f.name)));
    return { ops, answers, codes, answered, all: answers.map((a) => a.text).join('\n') };
  };

  test('the clerk of the council finds every marker (they are there to find), in cases, timeline, notifications and the audit log', async () => {
    const { answers, all, answered } = await sweep(clerk, [stack.db.councils.ashbury]);
    // Onboarding councils is a monitoring officer's (a clerk's preview is FORBIDDEN: bulk-onboarding.test.ts).
    const officersOnly = ['previewOnboarding'];
    expect([...answered].sort()).toEqual(query().fields!.map((f) => f.name).filter((n) => !officersOnly.includes(n)).sort());
    const codes = new Set(answers.filter((a) => !officersOnly.includes(a.name)).flatMap((a) => (JSON.parse(a.text).errors ?? []).map((e: { extensions?: { code?: string } }) => String(e.extensions?.code))));
    for (const [field, marker] of Object.entries(MARKERS)) expect({ field, found: all.includes(marker) }).toEqual({ field, found: true });
    const where = (marker: string) => [...new Set(answers.filter((a) => a.text.includes(marker)).map((a) => a.name))].sort();
    expect(where(MARKERS.subject)).toEqual(expect.arrayContaining(['auditLog', 'case', 'cases', 'notifications']));
    expect(where(MARKERS.note)).toEqual(expect.arrayContaining(['auditLog', 'case', 'cases']));
    expect([...codes].filter((c) => c !== 'NOT_FOUND')).toEqual([]);
  }, 300_000);

  test.each([
    ['a viewer', () => viewer as Credential, () => [stack.db.councils.ashbury], `publicok-d-${r}`, ['previewOnboarding']],
    ['an API key', () => apiKey as Credential, () => [stack.db.councils.ashbury], `publicok-b-${r}`, ['previewOnboarding']],
    // Its ids of people and keys are Ashbury's (out of its reach); neither Torfaen (no protocol) nor Cwmbran (no response standards) has deadlines to give.
    ['a monitoring officer\'s API key reaching the councils below', () => torfaenKey as Credential, () => [stack.db.councils.torfaen, stack.db.councils.cwmbran], `publicok-f-${r}`, ['apiKey', 'user', 'responseDeadlines', 'previewOnboarding']],
  ])('%s: no marker in any answer to any query, while public cases are there', async (_who, who, councils, publicMarker, unanswerable: string[]) => {
    const { ops, answers, codes, answered } = await sweep(who(), councils());
    // Each query gave an answer at least once.
    expect(query().fields!.map((f) => f.name).filter((n) => !answered.has(n) && !unanswerable.includes(n))).toEqual([]);
    expect([...codes].filter((c) => c !== 'NOT_FOUND' && c !== 'FORBIDDEN')).toEqual([]);
    expect(ops.length).toBeGreaterThan(30);
    const leaks = answers.filter((a) => MARK.test(a.text)).map((a) => `${a.name}: ${a.text.match(/.{0,80}confmark.{0,40}/i)![0]}`);
    expect(leaks).toEqual([]);
    expect(answers.some((a) => a.text.includes(publicMarker))).toBe(true);
  }, 300_000);

  test('a viewer sees the public case, its reminders and its audit entries; nothing of a confidential one, nor of one from when it was confidential', async () => {
    const LOG = 'query($c: ID!, $e: ID) { auditLog(councilId: $c, entityId: $e, limit: 200) { totalCount items { action } } }';
    const log = async (e: string, as: Credential) => ok(await gql(stack.baseUrl, LOG, { c: stack.db.councils.ashbury, e }, as)).auditLog;
    // D: public throughout; B: public now, confidential when opened; C and A: confidential now.
    expect((await log(made.d.id, viewer)).items.map((x: any) => x.action)).toEqual(['case.escalate', 'case.open']); // the worker moved it on
    expect((await log(made.b.id, viewer)).totalCount).toBe(0);
    expect((await log(made.b.id, clerk)).items.map((x: any) => x.action)).toEqual(['case.update', 'case.open']);
    expect((await log(made.c.id, viewer)).totalCount).toBe(0);
    expect((await log(made.a.id, apiKey)).totalCount).toBe(0);
    expect((await log(made.a.id, clerk)).totalCount).toBe(6); // opened, escalated by the worker, noted, changed, acknowledged, escalated
    expect(ok(await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { subject } }', { id: made.b.id }, viewer)).case.subject).toBe(`publicok-b-${r}`);
    expect(codeOf(await gql(stack.baseUrl, 'query($id: ID!) { case(id: $id) { subject } }', { id: made.a.id }, viewer))).toBe('NOT_FOUND');
    const N = 'query($c: ID!) { notifications(filter: { councilId: $c }, limit: 200) { totalCount items { caseId kind subject } } }';
    const seen = ok(await gql(stack.baseUrl, N, { c: stack.db.councils.ashbury }, apiKey)).notifications.items;
    // D's two "missed" reminders (its "due soon" ones were stale, so not sent).
    expect(seen.filter((x: any) => x.caseId === made.d.id)).toHaveLength(2);
    expect(seen.filter((x: any) => x.caseId === made.a.id)).toHaveLength(0);
    const all = ok(await gql(stack.baseUrl, N, { c: stack.db.councils.ashbury }, clerk)).notifications.items;
    expect(all.filter((x: any) => x.caseId === made.a.id).length).toBeGreaterThanOrEqual(2);
    // Marking one read is refused without saying what it was.
    const marked = await gql(stack.baseUrl, 'mutation($id: ID!) { markNotificationRead(id: $id) { subject } }', { id: ids.notifications[0] }, viewer);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(marked));
    expect(JSON.stringify(marked)).not.toMatch(MARK);
  });

  test('Postgres hides confidential casework from a read-only scope whatever the query (row-level security)', async () => {
    const counts = (begin: string, arg: unknown) =>
      stack.db.app.transaction(async (em) => {
        await em.query(begin, [arg]);
        const [row] = await em.query(
          `SELECT (SELECT count(*) FROM cases WHERE id = $1)::int AS cases,
                  (SELECT count(*) FROM case_events WHERE case_id = $1)::int AS events,
                  (SELECT count(*) FROM reminders WHERE case_id = $1)::int AS reminders,
                  (SELECT count(*) FROM notifications WHERE case_id = $1)::int AS notifications,
                  (SELECT count(*) FROM audit_log WHERE entity_id = $1)::int AS audit,
                  (SELECT count(*) FROM cases WHERE id = $2)::int AS public_cases,
                  (SELECT count(*) FROM notifications WHERE case_id = $2)::int AS public_notifications`,
          [made.a.id, made.d.id],
        );
        return row;
      });
    const asViewer = await counts('SELECT accord_begin_user($1::uuid)', ids.users[0]);
    expect(asViewer).toEqual({ cases: 0, events: 0, reminders: 0, notifications: 0, audit: 0, public_cases: 1, public_notifications: 2 });
    const asKey = await counts('SELECT accord_begin_api_key($1)', createHash('sha256').update(apiKey.apiKey).digest());
    expect(asKey).toEqual(asViewer);
    const asClerk = await counts('SELECT accord_begin_user($1::uuid)', stack.db.users['clerk.ashbury@accord.example']);
    expect(asClerk).toMatchObject({ cases: 1, audit: 6, public_cases: 1 });
    expect(asClerk.events).toBeGreaterThan(5);
    expect(asClerk.notifications).toBeGreaterThanOrEqual(2);
    expect(asClerk.reminders).toBeGreaterThan(0);
  });

  test('a clerk cannot make a calendar feed of the councils below; a monitoring officer can; a read-only caller cannot make one at all', async () => {
    const clerkBelow = await gql(stack.baseUrl, FEED, { c: stack.db.councils.torfaen, b: true }, torfaenClerk);
    expect(codeOf(clerkBelow)).toBe('FORBIDDEN');
    expect(clerkBelow.errors![0].message).toMatch(/monitoring officer/);
    expect(ok(await gql(stack.baseUrl, FEED, { c: stack.db.councils.torfaen, b: false }, torfaenClerk)).createCalendarFeed.url).toMatch(/\.ics$/);
    expect(ok(await gql(stack.baseUrl, FEED, { c: stack.db.councils.torfaen, b: true }, mo)).createCalendarFeed.url).toMatch(/\.ics$/);
    expect(codeOf(await gql(stack.baseUrl, FEED, { c: stack.db.councils.ashbury, b: false }, viewer))).toBe('FORBIDDEN');
    expect(codeOf(await gql(stack.baseUrl, FEED, { c: stack.db.councils.ashbury, b: false }, apiKey))).toBe('FORBIDDEN');
  });

  test('calendar feeds: confidential cases never by subject; a feed for a read-only scope has none of them, nor the councils below its creator\'s reach', async () => {
    const ics = async (url: string) => {
      const res = await fetch(`${stack.baseUrl}${new URL(url).pathname}`);
      expect(res.status).toBe(200);
      return (await res.text()).replace(/\r\n[ \t]/g, ''); // unfold lines
    };
    const clerkFeed = await ics(feeds.ashburyClerk);
    expect(clerkFeed).toContain(`${made.a.reference} (confidential)`);
    expect(clerkFeed).toContain(`publicok-d-${r}`);
    expect(clerkFeed).not.toMatch(MARK);

    // Cwmbran's protocol sets no time limits, so its cases have no dates: the feed shows its review.
    const moFeed = await ics(feeds.torfaenMo);
    expect(moFeed).toMatch(/Protocol review due: Cwmbran/);
    expect(moFeed).not.toMatch(MARK);

    // Made by (what is now) a viewer: public cases only.
    const viewerFeed = await ics(feeds.ashburyViewer);
    expect(viewerFeed).toContain(`publicok-d-${r}`);
    expect(viewerFeed).not.toContain(made.a.reference);
    expect(viewerFeed).not.toMatch(MARK);

    // A clerk's feed of the councils below, from before the rule: only the clerk's own council.
    const clerkBelow = await ics(feeds.torfaenClerkBelow);
    expect(clerkBelow).toMatch(/Protocol review due: Torfaen/);
    expect(clerkBelow).not.toMatch(/Cwmbran/);
    expect(clerkBelow).not.toMatch(MARK);
  });
});
