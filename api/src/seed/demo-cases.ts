import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { RequestContext } from '../common/context';
import { CaseService } from '../cases/case.service';
import type { OpenCaseInput } from '../cases/case.inputs';

const daysAgo = (n: number, hour = 10) => {
  const d = new Date(Date.now() - n * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

/**
 * A few cases at the demo councils, opened through the same service the API
 * uses (so their deadlines and reminders are real): some fresh, some late, so the
 * worker has reminders to send and the dashboard something to show. Only when
 * there are no cases yet; `npm start` runs it, the tests do not.
 */
export async function seedDemoCases(ds: DataSource, config: AccordConfig): Promise<number> {
  const [{ n }] = await ds.transaction(async (em) => {
    await em.query(`SELECT set_config('accord.system', 'on', true)`);
    return em.query(`SELECT count(*)::int AS n FROM cases`);
  });
  if (n > 0) return 0;
  const ids: Record<string, string> = Object.fromEntries(
    (await ds.transaction(async (em) => {
      await em.query(`SELECT set_config('accord.system', 'on', true)`);
      return em.query(`SELECT slug, id FROM councils`);
    })).map((r: { slug: string; id: string }) => [r.slug, r.id]),
  );
  const cases: OpenCaseInput[] = [
    { councilId: ids.ashbury, kind: 'enquiry', category: 'ward_matter', raisedByRole: 'member', raisedByName: 'Cllr Anna Shaw', raisedByEmail: 'anna.shaw@ashbury.example', subject: 'Blocked drain on Mill Lane', receivedAt: daysAgo(1) },
    { councilId: ids.ashbury, kind: 'enquiry', category: 'ward_matter', raisedByRole: 'member', raisedByName: 'Cllr Tom Reid', subject: 'Street lights out on Orchard Close', receivedAt: daysAgo(20) },
    { councilId: ids.ashbury, kind: 'enquiry', category: 'planning', raisedByRole: 'member', raisedByName: 'Cllr Anna Shaw', subject: 'Extension at 4 Church Street', receivedAt: daysAgo(3) },
    { councilId: ids.glanmor, kind: 'enquiry', category: 'general_correspondence', raisedByRole: 'member', raisedByName: 'Cllr Elin Hughes', subject: 'Llythyr am y llyfrgell / Letter about the library', receivedAt: daysAgo(12) },
    { councilId: ids.cwmbran, kind: 'concern', concern: 'about_clerk', aboutRole: 'clerk', raisedByRole: 'member', raisedByName: 'Cllr Dai Evans', subject: 'Minutes not circulated before the meeting', receivedAt: daysAgo(2) },
    { councilId: ids.kingsford, kind: 'concern', concern: 'member_about_officer', raisedByRole: 'member', raisedByName: 'Cllr Jane Holt', subject: 'Tone of an e-mail from the office', classification: 'employee_personal', receivedAt: daysAgo(5) },
    { councilId: ids.eastvale, kind: 'concern', concern: 'member_about_officer', raisedByRole: 'member', raisedByName: 'Cllr Sam Ward', subject: 'Advice given at the planning committee', receivedAt: daysAgo(8) },
  ];
  const service = new CaseService();
  let opened = 0;
  for (const input of cases) {
    if (!input.councilId) continue;
    const ctx = new RequestContext(config, ds, { kind: 'anonymous' }, { platformAdmin: true, readOnly: false, roles: new Map() }, undefined, null, async (s) => {
      await s.query(`SELECT set_config('accord.system', 'on', true)`);
    });
    try {
      await service.open(ctx, input);
      await ctx.finish(true);
      opened++;
    } catch (e) {
      await ctx.finish(false);
      // A demo case the protocol cannot take (no such category) is skipped, not fatal.
      if (!(e instanceof Error) || !/BAD_USER_INPUT|has no/.test(`${(e as { extensions?: { code?: string } }).extensions?.code} ${e.message}`)) throw e;
    }
  }
  return opened;
}
