import { printSchemaFile } from '@accord/api';
import { buildSchema, isEnumType, type GraphQLSchema } from 'graphql';
import {
  ACCESS_DECISIONS,
  CASE_ACTIONS,
  CASE_KINDS,
  CASE_STATUSES,
  CHANGE_KINDS,
  CLASSIFICATIONS,
  CONCERN_KINDS,
  COUNCIL_KINDS,
  ENQUIRY_CATEGORIES,
  EXPECTATION_DIRECTIONS,
  KEY_COLUMNS,
  MEMBERSHIP_ROLES,
  NATIONS,
  NOTIFICATION_KINDS,
  PROTOCOL_SECTIONS,
  PROTOCOL_STATUSES,
  REVIEW_OUTCOMES,
  REVIEW_STATUSES,
  REVIEW_TASK_STATUSES,
  ROLE_KEYS,
  ROUTE_SKIPS,
  SEVERITIES,
  SORT_DIRECTIONS,
  VOCABULARY_COLUMNS,
} from '../../api/src/domain/vocabularies';
import { SECTIONS } from '../../api/src/domain/protocol-items';
import type { TestDb } from '../support/db';
import { gql, signIn } from '../support/graphql';
import { startStack, type Stack } from '../support/stack';

/**
 * One source for each vocabulary (issue 10, point 10): the database's CHECK lists and the
 * GraphQL enums must equal the arrays of api/src/domain/vocabularies.ts. This is how
 * NotificationKind drifted (2 kinds in GraphQL, 9 in the database).
 */
let stack: Stack;
let db: TestDb;
beforeAll(async () => {
  stack = await startStack();
  db = stack.db;
});
afterAll(async () => {
  await stack?.stop();
});

interface ListCheck {
  table: string;
  column: string;
  name: string;
  def: string;
}

/** Every CHECK constraint of the public schema that holds a list of text values (`col IN ('a','b')`). */
async function listChecks(): Promise<ListCheck[]> {
  const { rows } = await db.admin.query<ListCheck>(`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column, c.conname AS name, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c
    JOIN pg_namespace n ON n.oid = c.connamespace
    LEFT JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'c' AND n.nspname = 'public' AND pg_get_constraintdef(c.oid) LIKE '%= ANY (ARRAY[%' AND pg_get_constraintdef(c.oid) LIKE '%::text%'
    ORDER BY 1, 2`);
  return rows;
}

/** The values of `CHECK ((col = ANY (ARRAY['a'::text, 'b'::text])))`; anything else in the constraint fails the test. */
function listOf(check: ListCheck): string[] {
  const m = /^CHECK \(\(?(\w+) = ANY \(ARRAY\[(.*)\]\)\)\)?$/.exec(check.def);
  if (!m) throw new Error(`${check.table}.${check.column}: CHECK is more than one list: ${check.def}`);
  expect(m[1]).toBe(check.column);
  return [...m[2].matchAll(/'((?:[^']|'')*)'::text/g)].map((x) => x[1].replace(/''/g, "'"));
}

describe('SQL CHECK lists equal the domain vocabularies', () => {
  test('every column listed in VOCABULARY_COLUMNS has a CHECK list equal to its array, in the same order', async () => {
    const checks = await listChecks();
    for (const v of VOCABULARY_COLUMNS) {
      const found = checks.filter((c) => c.table === v.table && c.column === v.column);
      expect({ column: `${v.table}.${v.column}`, checks: found.length }).toEqual({ column: `${v.table}.${v.column}`, checks: 1 });
      expect({ column: `${v.table}.${v.column}`, values: listOf(found[0]) }).toEqual({ column: `${v.table}.${v.column}`, values: [...v.values] });
    }
    expect(VOCABULARY_COLUMNS.length).toBeGreaterThanOrEqual(20);
  });

  test('every CHECK list in the database has its vocabulary in api/src/domain/vocabularies.ts (VOCABULARY_COLUMNS)', async () => {
    const known = new Set(VOCABULARY_COLUMNS.map((v) => `${v.table}.${v.column}`));
    const unknown = (await listChecks()).map((c) => `${c.table}.${c.column}`).filter((c) => !known.has(c));
    expect(unknown).toEqual([]);
  });

  test.each(KEY_COLUMNS.map((k) => [`${k.table}.${k.column}`, k] as const))(
    '%s holds a key of the protocol\'s vocabulary: no closed list, a CHECK on the shape of a key; built-in and own keys taken, others refused',
    async (_name, k) => {
      expect((await listChecks()).filter((c) => c.table === k.table && c.column === k.column)).toEqual([]);
      const { rows } = await db.admin.query<{ def: string }>(
        `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         WHERE c.contype = 'c' AND c.conrelid = $1::regclass AND a.attname = $2`,
        [k.table, k.column],
      );
      expect(rows.map((r) => r.def)).toEqual([expect.stringContaining(`${k.column} ~ '^[a-z][a-z0-9_]{0,59}$'::text`)]);
      const council = db.councils['ashbury'];
      const insert = (value: string) =>
        db.admin.query(
          `INSERT INTO cases (council_id, reference, kind, category, concern, raised_by_role, raised_by_name, received_at, classification, subject,
                              protocol_version_id, start_day, steps)
           SELECT $1, $2, $3, $4, $5, 'ward_member', 'A member', now(), 'public', 'Vocabulary', v.id, current_date, '[]'
           FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id WHERE p.council_id = $1 AND v.status = 'adopted'`,
          k.column === 'category' ? [council, `KEY-${value}`, 'enquiry', value, null] : [council, `KEY-${value}`, 'concern', null, value],
        );
      await db.admin.query('BEGIN');
      try {
        for (const value of [k.builtIn[0], 'service_request', 'employee_grievance_2']) expect((await insert(value)).rowCount).toBe(1);
        for (const [i, value] of ['Service_Request', 'service request', '2nd_kind', '*', 'x'.repeat(61)].entries()) {
          await db.admin.query(`SAVEPOINT bad${i}`);
          await expect(insert(value)).rejects.toThrow(new RegExp(`cases_${k.column}_key_check`));
          await db.admin.query(`ROLLBACK TO SAVEPOINT bad${i}`);
        }
      } finally {
        await db.admin.query('ROLLBACK');
      }
    },
  );

  test('the database refuses a value outside the vocabulary and takes each value inside it (notifications.kind: all 9; cases.classification)', async () => {
    const council = db.councils['ashbury'];
    await db.admin.query('BEGIN');
    try {
      for (const kind of NOTIFICATION_KINDS) {
        await db.admin.query(`INSERT INTO notifications (council_id, kind, dedupe_key, subject, body) VALUES ($1, $2, $3, 's', 'b')`, [council, kind, `vocab:${kind}`]);
      }
      await db.admin.query('SAVEPOINT bad');
      await expect(db.admin.query(`INSERT INTO notifications (council_id, kind, dedupe_key, subject, body) VALUES ($1, 'review_tusk', 'vocab:x', 's', 'b')`, [council])).rejects.toThrow(/notifications_kind_check/);
      await db.admin.query('ROLLBACK TO SAVEPOINT bad');
      const insertCase = (classification: string) =>
        db.admin.query(
          `INSERT INTO cases (council_id, reference, kind, category, raised_by_role, raised_by_name, received_at, classification, subject,
                              protocol_version_id, start_day, steps)
           SELECT $1, $2, 'enquiry', 'planning', 'ward_member', 'A member', now(), $3, 'Vocabulary', v.id, current_date, '[]'
           FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id WHERE p.council_id = $1 AND v.status = 'adopted'`,
          [council, `VOCAB-${classification}`, classification],
        );
      for (const classification of CLASSIFICATIONS) expect((await insertCase(classification)).rowCount).toBe(1);
      await expect(insertCase('secret')).rejects.toThrow(/cases_classification_check/);
    } finally {
      await db.admin.query('ROLLBACK');
    }
  });
});

test('notifications of every kind the database holds are answered (NotificationKind once had 2 of 9: INTERNAL_SERVER_ERROR)', async () => {
  const council = db.councils['ashbury'];
  for (const kind of NOTIFICATION_KINDS) {
    await db.admin.query(`INSERT INTO notifications (council_id, kind, dedupe_key, subject, body) VALUES ($1, $2, $3, $4, 'b')`, [council, kind, `vocab-api:${kind}`, `Vocabulary ${kind}`]);
  }
  const clerk = await signIn(stack.baseUrl, 'clerk.ashbury@accord.example');
  const res = await gql(stack.baseUrl, 'query($c: ID!) { notifications(filter: { councilId: $c }, limit: 100) { items { kind subject } } }', { c: council }, clerk);
  expect(res.errors).toBeUndefined();
  const mine = (res.data.notifications.items as { kind: string; subject: string }[]).filter((n) => n.subject.startsWith('Vocabulary '));
  expect(mine.map((n) => n.kind).sort()).toEqual(NOTIFICATION_KINDS.map((k) => k.toUpperCase()).sort());
});

describe('GraphQL enums equal the domain vocabularies (built by one helper)', () => {
  const enums: [name: string, values: readonly string[]][] = [
    ['CouncilKind', COUNCIL_KINDS],
    ['Nation', NATIONS],
    ['MembershipRole', MEMBERSHIP_ROLES],
    ['NotificationKind', NOTIFICATION_KINDS],
    ['SortDirection', SORT_DIRECTIONS],
    ['ProtocolStatus', PROTOCOL_STATUSES],
    ['RuleSection', PROTOCOL_SECTIONS],
    ['ExpectationDirection', EXPECTATION_DIRECTIONS],
    ['CaseKind', CASE_KINDS],
    ['CaseStatus', CASE_STATUSES],
    ['CaseAction', CASE_ACTIONS],
    ['ReviewTaskStatus', REVIEW_TASK_STATUSES],
    ['ReviewOutcome', REVIEW_OUTCOMES],
    ['ReviewStatus', REVIEW_STATUSES],
    ['ConcernKind', CONCERN_KINDS],
    ['Severity', SEVERITIES],
    ['EnquiryCategory', ENQUIRY_CATEGORIES],
    ['Classification', CLASSIFICATIONS],
    ['RoleKey', ROLE_KEYS],
    ['RouteSkip', ROUTE_SKIPS],
    ['AccessDecisionKind', ACCESS_DECISIONS],
    ['ChangeKind', CHANGE_KINDS],
  ];

  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = buildSchema(await printSchemaFile());
  });

  test.each(enums)('%s has one value per word of its vocabulary, in capitals', (name, values) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
    expect(type.getValues().map((v) => v.name).sort()).toEqual(values.map((v) => v.toUpperCase()).sort());
  });

  test('the protocol sections of the domain (SECTION_LISTS) are the RuleSection vocabulary', () => {
    expect([...PROTOCOL_SECTIONS].sort()).toEqual([...SECTIONS].sort());
  });
});
