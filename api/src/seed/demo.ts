import type { DataSource } from 'typeorm';
import { withSystemScope, type DbSession } from '../db/session';
import { hashPassword } from '../auth/passwords';
import type { CouncilKind, Nation } from '../domain/councils';
import type { MembershipRole } from '../domain/access';
import type { Locale } from '../domain/vocabularies';
import { importAdoptedProtocol } from '../protocols/protocol.store';
import { DEMO_OFFICE_HOLDERS, DEMO_PROTOCOLS, DEMO_SLUGS } from './protocols';

/**
 * Demo data: the five councils whose real protocols the platform is built from,
 * with the principal councils their texts name. Where a text does not name its
 * council (four of the five), the name here is invented. Kept out of the
 * migrations: production databases never get it.
 */
export const DEMO_PASSWORD = 'accord-demo-2026';

interface DemoCouncil {
  slug: string;
  name: string;
  kind: CouncilKind;
  nation: Nation;
  parent?: string;
  /**
   * The next review date the council's own text states (Kingsford: "review October 2025"), else null:
   * the demo invents no dates; the app says "not stated". (A number: days from today, for tests.)
   */
  review: number | string | null;
  source?: string;
}

export const DEMO_COUNCILS: DemoCouncil[] = [
  { slug: 'torfaen', name: 'Torfaen County Borough Council', kind: 'county_borough', nation: 'wales', review: null },
  // Seed 000: complaints to the Clerk; advice from the Monitoring Officer of Torfaen; Ombudsman for Wales.
  { slug: 'cwmbran', name: 'Cwmbran Community Council', kind: 'community', nation: 'wales', parent: 'torfaen', review: null, source: '000' },
  // Seed 001: a Welsh principal council (not named in its text).
  { slug: 'glanmor', name: 'Glanmor County Council', kind: 'county', nation: 'wales', review: null, source: '001' },
  // Seed 002: a borough council with a Mayor, Leader and Cabinet (nation not stated; taken as England).
  { slug: 'ashbury', name: 'Ashbury Borough Council', kind: 'borough', nation: 'england', review: null, source: '002' },
  // Seed 003 names "the Unitary Council" whose Monitoring Officer may mediate.
  { slug: 'westmere', name: 'Westmere Council', kind: 'unitary', nation: 'england', review: null },
  // Seed 003: adopted October 2024, review October 2025.
  { slug: 'kingsford', name: 'Kingsford Town Council', kind: 'town', nation: 'england', parent: 'westmere', review: '2025-10-31', source: '003' },
  // Seed 004: an English district council.
  { slug: 'eastvale', name: 'Eastvale District Council', kind: 'district', nation: 'england', review: null, source: '004' },
];

interface DemoUser {
  email: string;
  displayName: string;
  platformAdmin?: boolean;
  locale?: Locale;
  memberships: [slug: string, role: MembershipRole][];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@accord.example', displayName: 'Platform Admin', platformAdmin: true, memberships: [] },
  { email: 'mo.torfaen@accord.example', displayName: 'Torfaen Monitoring Officer', memberships: [['torfaen', 'monitoring_officer']] },
  { email: 'mo.westmere@accord.example', displayName: 'Westmere Monitoring Officer', memberships: [['westmere', 'monitoring_officer']] },
  { email: 'clerk.cwmbran@accord.example', displayName: 'Cwmbran Clerk', locale: 'cy', memberships: [['cwmbran', 'clerk']] },
  { email: 'clerk.glanmor@accord.example', displayName: 'Glanmor Clerk', memberships: [['glanmor', 'clerk']] },
  { email: 'clerk.ashbury@accord.example', displayName: 'Ashbury Clerk', memberships: [['ashbury', 'clerk']] },
  { email: 'clerk.kingsford@accord.example', displayName: 'Kingsford Town Clerk', memberships: [['kingsford', 'clerk']] },
  { email: 'clerk.eastvale@accord.example', displayName: 'Eastvale Clerk', memberships: [['eastvale', 'clerk']] },
];

const addDays = (isoDate: string, days: number) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Inserts the demo councils and people; running it again changes nothing that exists. */
export async function seedDemo(ds: DataSource, today: string): Promise<{ councils: Record<string, string> }> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return withSystemScope(ds, async (s: DbSession) => {
    const ids: Record<string, string> = {};
    for (const c of DEMO_COUNCILS) {
      const review = c.review === null ? null : typeof c.review === 'number' ? addDays(today, c.review) : c.review;
      const [row] = await s.query<{ id: string }>(
        `INSERT INTO councils (name, slug, kind, nation, parent_id, next_review_due)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
         RETURNING id`,
        [c.name, c.slug, c.kind, c.nation, c.parent ? ids[c.parent] : null, review],
      );
      ids[c.slug] = row.id;
    }
    for (const u of DEMO_USERS) {
      const [row] = await s.query<{ id: string }>(
        `INSERT INTO users (email, display_name, password_hash, platform_admin, locale)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email
         RETURNING id`,
        [u.email, u.displayName, hash, u.platformAdmin ?? false, u.locale ?? 'en'],
      );
      for (const [slug, role] of u.memberships) {
        await s.query(
          `INSERT INTO memberships (council_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (council_id, user_id) DO NOTHING`,
          [ids[slug], row.id, role],
        );
      }
    }
    for (const slug of DEMO_SLUGS) {
      const [existing] = await s.query('SELECT 1 FROM protocols WHERE council_id = $1 AND NOT is_model', [ids[slug]]);
      if (existing) continue;
      // Only what the text states: a text that gives no adoption date is adopted "not stated" (no invented date).
      const [{ due }] = await s.query<{ due: string | null }>('SELECT next_review_due::text AS due FROM councils WHERE id = $1', [ids[slug]]);
      // The seed is a document read as an upload is (./protocols): read only when a council still needs it.
      const { versionId } = await importAdoptedProtocol(s.manager, ids[slug], DEMO_PROTOCOLS[slug]);
      await s.query('UPDATE protocol_versions SET next_review_due = coalesce(next_review_due, $2) WHERE id = $1', [versionId, due]);
      for (const h of DEMO_OFFICE_HOLDERS[slug]) {
        await s.query('INSERT INTO office_holders (council_id, role_key, name, email, deputy) VALUES ($1, $2, $3, $4, $5)', [
          ids[slug],
          h.role,
          h.name,
          h.email,
          h.deputy ?? false,
        ]);
      }
    }
    return { councils: ids };
  });
}
