import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's two statements per reminder as PL/pgSQL functions, so that their
 * plans are made once per connection instead of once per reminder: planning the
 * reading query (RLS policies on seven tables, a dozen sub-plans) cost Postgres
 * several times more than running it.
 *
 * Neither is SECURITY DEFINER: they run as the caller, under row-level security,
 * in the scope the caller set (the worker's system scope).
 */
export class ReminderStatements1764600000000 implements MigrationInterface {
  name = 'ReminderStatements1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Locks one reminder and returns everything its messages need (null when there is no such reminder).
      CREATE FUNCTION accord_reminder_facts(p_id uuid, p_today date) RETURNS json LANGUAGE plpgsql VOLATILE AS $$
      DECLARE result json;
      BEGIN
        WITH r AS (
          SELECT id, council_id, case_id, review_task_id, kind, status, send_at <= now() AS due, deadline::text AS deadline, step_index, to_roles
          FROM reminders WHERE id = p_id FOR UPDATE)
        SELECT json_build_object(
          'r', row_to_json(r),
          'council', (SELECT row_to_json(c) FROM (SELECT name, nation, response_cut_off::text AS cut_off FROM councils WHERE id = r.council_id) c),
          'kase', (SELECT row_to_json(k) FROM (SELECT id, reference, subject, status, step_index, protocol_version_id FROM cases WHERE id = r.case_id) k),
          'task', (SELECT row_to_json(t) FROM (SELECT t.status, p.title FROM review_tasks t LEFT JOIN protocol_versions v ON v.id = t.protocol_version_id
                                               LEFT JOIN protocols p ON p.id = v.protocol_id WHERE t.id = r.review_task_id) t),
          'holders', (SELECT coalesce(json_agg(h ORDER BY h.deputy, h.name), '[]') FROM (
             SELECT h.role_key, h.name, h.email, h.deputy,
                    (SELECT i.body ->> 'title' FROM protocol_items i
                     WHERE i.section = 'role' AND i.key = h.role_key
                       AND i.version_id = coalesce((SELECT protocol_version_id FROM cases WHERE id = r.case_id),
                                                   (SELECT v.id FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
                                                    WHERE p.council_id = r.council_id AND NOT p.is_model AND v.status = 'adopted'))) AS title
             FROM office_holders h
             WHERE h.council_id = r.council_id AND h.role_key = ANY (r.to_roles)
               AND (h.from_date IS NULL OR h.from_date <= p_today) AND (h.to_date IS NULL OR h.to_date >= p_today)) h),
          'clerks', (SELECT coalesce(json_agg(u ORDER BY u.email), '[]') FROM (
             SELECT u.display_name AS name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.council_id = r.council_id AND m.role = 'clerk') u))
        INTO result
        FROM r;
        RETURN result;
      END $$;

      -- Records a sent reminder: its in-app notifications (one per recipient), the case's timeline entries, and the sent mark.
      CREATE FUNCTION accord_reminder_record(p_id uuid, p_notifications jsonb, p_events jsonb) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        INSERT INTO notifications (council_id, kind, dedupe_key, subject, body, due_date, case_id, reminder_id, recipient_role, recipient_name,
                                   recipient_email, email_status, email_attempts, message_id, locale, emailed_at)
        SELECT r.council_id, r.kind, x.key, x.subject, x.body, r.deadline, r.case_id, r.id, x.role, x.name,
               x.email, CASE WHEN x.email IS NULL THEN 'none' ELSE 'sent' END, CASE WHEN x.email IS NULL THEN 0 ELSE 1 END,
               x.message_id, x.locale, CASE WHEN x.email IS NULL THEN NULL ELSE now() END
        FROM reminders r, jsonb_to_recordset(p_notifications) AS x(key text, subject text, body text, role text, name text, email text, message_id text, locale text)
        WHERE r.id = p_id
        ON CONFLICT (council_id, dedupe_key) DO NOTHING;

        UPDATE reminders SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = p_id;

        INSERT INTO case_events (council_id, case_id, kind, step_index, note, by_worker)
        SELECT r.council_id, r.case_id, e.kind, e.step, e.note, true
        FROM reminders r, jsonb_to_recordset(p_events) AS e(kind text, step int, note text)
        WHERE r.id = p_id AND r.case_id IS NOT NULL;
      END $$;

      GRANT EXECUTE ON FUNCTION accord_reminder_facts(uuid, date) TO accord_rw;
      GRANT EXECUTE ON FUNCTION accord_reminder_record(uuid, jsonb, jsonb) TO accord_rw;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION accord_reminder_record(uuid, jsonb, jsonb); DROP FUNCTION accord_reminder_facts(uuid, date)');
  }
}
