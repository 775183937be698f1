import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's two statements per reminder as PL/pgSQL functions, so that their
 * plans are made once per connection instead of once per reminder (planning the
 * reading query cost Postgres several times more than running it), and as short
 * single-table statements run past row-level security: starting the executor for
 * one query with a dozen sub-plans and two RLS init-plans per table was most of
 * what remained.
 *
 * They belong to the owner role (SECURITY DEFINER), so each first checks that the
 * caller set the system scope, which only the worker and the seed command do; an API
 * request (scoped to its councils) cannot use them to read or write another
 * council's reminders.
 */
export class ReminderStatements1764600000000 implements MigrationInterface {
  name = 'ReminderStatements1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The functions below read and write past row-level security (they belong to the owner role),
      -- so each first makes sure its caller is in the system scope, as the worker is.
      CREATE FUNCTION accord_require_system() RETURNS void LANGUAGE plpgsql STABLE AS $$
      BEGIN
        IF coalesce(current_setting('accord.system', true), '') <> 'on' THEN
          RAISE EXCEPTION 'only the worker''s system scope may do this' USING ERRCODE = 'insufficient_privilege';
        END IF;
      END $$;

      -- Locks one reminder and returns everything its messages need (null when there is no such reminder).
      CREATE FUNCTION accord_reminder_facts(p_id uuid, p_today date) RETURNS json LANGUAGE plpgsql VOLATILE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE r reminders; k cases; c councils; v uuid; holders json; clerks json := '[]'; task json;
      BEGIN
        PERFORM accord_require_system();
        SELECT * INTO r FROM reminders WHERE id = p_id FOR UPDATE;
        IF NOT FOUND THEN RETURN NULL; END IF;
        SELECT * INTO c FROM councils WHERE id = r.council_id;
        IF r.case_id IS NOT NULL THEN
          SELECT * INTO k FROM cases WHERE id = r.case_id;
          v := k.protocol_version_id;
        END IF;
        IF v IS NULL THEN
          SELECT pv.id INTO v FROM protocol_versions pv JOIN protocols p ON p.id = pv.protocol_id
          WHERE p.council_id = r.council_id AND NOT p.is_model AND pv.status = 'adopted';
        END IF;
        SELECT coalesce(json_agg(json_build_object('role_key', h.role_key, 'name', h.name, 'email', h.email, 'deputy', h.deputy, 'title', i.body ->> 'title')
                                 ORDER BY h.deputy, h.name), '[]')
        INTO holders
        FROM office_holders h
        LEFT JOIN protocol_items i ON i.version_id = v AND i.section = 'role' AND i.key = h.role_key
        WHERE h.council_id = r.council_id AND h.role_key = ANY (r.to_roles)
          AND (h.from_date IS NULL OR h.from_date <= p_today) AND (h.to_date IS NULL OR h.to_date >= p_today);
        IF holders::text = '[]' THEN
          SELECT coalesce(json_agg(json_build_object('name', u.display_name, 'email', u.email) ORDER BY u.email), '[]') INTO clerks
          FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.council_id = r.council_id AND m.role = 'clerk';
        END IF;
        IF r.review_task_id IS NOT NULL THEN
          SELECT json_build_object('status', t.status, 'title', p.title) INTO task
          FROM review_tasks t LEFT JOIN protocol_versions pv ON pv.id = t.protocol_version_id LEFT JOIN protocols p ON p.id = pv.protocol_id
          WHERE t.id = r.review_task_id;
        END IF;
        RETURN json_build_object(
          'r', json_build_object('id', r.id, 'council_id', r.council_id, 'case_id', r.case_id, 'review_task_id', r.review_task_id, 'kind', r.kind,
                                 'status', r.status, 'due', r.send_at <= now(), 'deadline', r.deadline::text, 'step_index', r.step_index, 'to_roles', r.to_roles),
          'council', json_build_object('name', c.name, 'nation', c.nation, 'cut_off', c.response_cut_off::text),
          'kase', CASE WHEN k.id IS NULL THEN NULL ELSE json_build_object('id', k.id, 'reference', k.reference, 'subject', k.subject, 'status', k.status,
                                                                          'step_index', k.step_index, 'protocol_version_id', k.protocol_version_id) END,
          'task', task,
          'holders', holders,
          'clerks', clerks);
      END $$;

      -- Records a sent reminder: its in-app notifications (one per recipient), the case's timeline entries, and the sent mark.
      CREATE FUNCTION accord_reminder_record(p_id uuid, p_notifications jsonb, p_events jsonb) RETURNS void LANGUAGE plpgsql VOLATILE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM accord_require_system();
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

      GRANT EXECUTE ON FUNCTION accord_require_system() TO accord_rw;
      GRANT EXECUTE ON FUNCTION accord_reminder_facts(uuid, date) TO accord_rw;
      GRANT EXECUTE ON FUNCTION accord_reminder_record(uuid, jsonb, jsonb) TO accord_rw;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION accord_reminder_record(uuid, jsonb, jsonb); DROP FUNCTION accord_reminder_facts(uuid, date); DROP FUNCTION accord_require_system()');
  }
}
