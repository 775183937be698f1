import { seedDemoCases } from '@accord/api';
import { createTestDb, type TestDb } from '../support/db';

/** `npm start` opens a few demo cases through the real service, once. */
describe('demo cases', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.drop());

  test('opened once, with their deadlines, timeline, reminders and audit entries', async () => {
    const opened = await seedDemoCases(db.app, db.config);
    expect(opened).toBe(7);
    expect(await seedDemoCases(db.app, db.config)).toBe(0);
    const rows = (
      await db.admin.query(
        `SELECT c.slug, k.kind, (SELECT count(*)::int FROM case_events e WHERE e.case_id = k.id) AS events,
                (SELECT count(*)::int FROM reminders r WHERE r.case_id = k.id) AS reminders,
                (SELECT count(*)::int FROM audit_log a WHERE a.entity_id = k.id AND a.action = 'case.open') AS audited
         FROM cases k JOIN councils c ON c.id = k.council_id ORDER BY c.slug, k.reference`,
      )
    ).rows;
    expect(rows.map((r) => r.slug)).toEqual(['ashbury', 'ashbury', 'ashbury', 'cwmbran', 'eastvale', 'glanmor', 'kingsford']);
    expect(rows.every((r) => r.events === 1 && r.audited === 1)).toBe(true);
    // Ashbury's ward enquiries have acknowledgement and response deadlines, so reminders; Cwmbran's protocol sets no time limits.
    expect(rows.find((r) => r.slug === 'ashbury')!.reminders).toBeGreaterThan(0);
    expect(rows.find((r) => r.slug === 'cwmbran')!.reminders).toBe(0);
  });
});
