import type { MigrationInterface, QueryRunner } from 'typeorm';

const scoped = (table: string) => `
  ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
  ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
  CREATE POLICY ${table}_scope ON ${table}
    USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]))
    WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));
`;

/**
 * Casework: cases with the deadlines and route fixed at receipt, their timeline,
 * the reminders the worker sends (Postgres is the source of truth; a job only
 * carries a reminder's id), review tasks, e-mail delivery on notifications, and
 * calendar feeds with revocable tokens.
 */
export class Casework1764400000000 implements MigrationInterface {
  name = 'Casework1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        reference text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('enquiry','concern')),
        category text,
        concern text,
        severity text NOT NULL DEFAULT 'any' CHECK (severity IN ('any','minor','serious')),
        about_role text,
        about_person text CHECK (length(about_person) <= 200),
        raised_by_role text NOT NULL,
        raised_by_name text NOT NULL CHECK (length(btrim(raised_by_name)) BETWEEN 1 AND 200),
        raised_by_email text,
        received_at timestamptz NOT NULL,
        urgent boolean NOT NULL DEFAULT false,
        classification text NOT NULL DEFAULT 'public',
        subject text NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        documents text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','acknowledged','responded','resolved','closed')),
        protocol_version_id uuid NOT NULL REFERENCES protocol_versions(id) ON DELETE RESTRICT,
        start_day date NOT NULL,
        acknowledge_by date,
        respond_by date,
        respond_before_meeting boolean NOT NULL DEFAULT false,
        steps jsonb NOT NULL,
        step_index integer NOT NULL DEFAULT 0,
        step_due date,
        handler_role text,
        clauses text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        UNIQUE (council_id, reference),
        CHECK (kind <> 'enquiry' OR category IS NOT NULL),
        CHECK (kind <> 'concern' OR concern IS NOT NULL)
      );
      CREATE INDEX cases_council_status_idx ON cases (council_id, status, received_at DESC);
      CREATE INDEX cases_live_due_idx ON cases (council_id, step_due) WHERE status IN ('open','acknowledged');

      CREATE TABLE case_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        by_worker boolean NOT NULL DEFAULT false,
        kind text NOT NULL CHECK (kind IN ('opened','acknowledged','responded','resolved','closed','escalated','reminded','deadline_missed','note')),
        from_status text,
        to_status text,
        step_index integer,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 4000)
      );
      CREATE INDEX case_events_case_idx ON case_events (case_id, at);

      CREATE TABLE review_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
        protocol_version_id uuid REFERENCES protocol_versions(id) ON DELETE SET NULL,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','overdue','completed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        completed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        outcome text CHECK (outcome IN ('reaffirmed','new_version')),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (council_id, due_on)
      );
      CREATE INDEX review_tasks_live_idx ON review_tasks (due_on) WHERE status <> 'completed';

      CREATE TABLE reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
        case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
        review_task_id uuid REFERENCES review_tasks(id) ON DELETE CASCADE,
        kind text NOT NULL,
        dedupe_key text NOT NULL,
        send_at timestamptz NOT NULL,
        deadline date,
        step_index integer,
        to_roles text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed','cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (council_id, dedupe_key),
        CHECK ((case_id IS NULL) <> (review_task_id IS NULL))
      );
      CREATE INDEX reminders_pending_idx ON reminders (send_at) WHERE status = 'pending';
      CREATE INDEX reminders_case_idx ON reminders (case_id) WHERE case_id IS NOT NULL;

      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('review_due','review_overdue','review_task',
        'acknowledge_soon','acknowledge_missed','respond_soon','respond_missed','step_soon','step_missed'));
      ALTER TABLE notifications
        ADD COLUMN case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
        ADD COLUMN reminder_id uuid REFERENCES reminders(id) ON DELETE SET NULL,
        ADD COLUMN recipient_role text,
        ADD COLUMN recipient_name text,
        ADD COLUMN recipient_email text,
        ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en','cy','cy+en')),
        ADD COLUMN email_status text NOT NULL DEFAULT 'none' CHECK (email_status IN ('none','pending','sent','failed')),
        ADD COLUMN email_attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN email_error text,
        ADD COLUMN emailed_at timestamptz,
        ADD COLUMN message_id text;
      CREATE INDEX notifications_case_idx ON notifications (case_id) WHERE case_id IS NOT NULL;

      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
        include_below boolean NOT NULL DEFAULT false,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        token_hash bytea NOT NULL UNIQUE,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );

      ${scoped('cases')}
      ${scoped('case_events')}
      ${scoped('review_tasks')}
      ${scoped('reminders')}
      ${scoped('calendar_feeds')}
      GRANT SELECT, INSERT, UPDATE ON cases, review_tasks, reminders, calendar_feeds TO accord_rw;
      GRANT SELECT, INSERT ON case_events TO accord_rw;

      -- Committed changes to what the API keeps in memory are announced (see ChangeFeed); cases are not cached.
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE calendar_feeds;
      DELETE FROM notifications WHERE kind NOT IN ('review_due','review_overdue');
      ALTER TABLE notifications DROP COLUMN case_id, DROP COLUMN reminder_id, DROP COLUMN recipient_role, DROP COLUMN recipient_name,
        DROP COLUMN recipient_email, DROP COLUMN locale, DROP COLUMN email_status, DROP COLUMN email_attempts, DROP COLUMN email_error,
        DROP COLUMN emailed_at, DROP COLUMN message_id;
      ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('review_due','review_overdue'));
      DROP TABLE reminders, review_tasks, case_events, cases;
    `);
  }
}
