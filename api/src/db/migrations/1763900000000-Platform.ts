import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenancy, people and access. Runs as the owner role. Every tenant table has
 * council_id and row-level security, enabled and forced, with a policy that
 * admits a row only when its council is in the scope the request set with
 * set_config(..., true): accord.council_ids, or accord.platform / accord.system.
 * The application role (member of accord_rw) owns nothing and has no BYPASSRLS.
 * The few functions that must look past the caller's scope (to compute it at the
 * start of a request, or to refuse a cycle) are SECURITY DEFINER, owned by the
 * owner role, which has BYPASSRLS; each takes explicit arguments only.
 */
export class Platform1763900000000 implements MigrationInterface {
  name = 'Platform1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Scope of the current transaction ---------------------------------
      CREATE FUNCTION accord_all() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(current_setting('accord.system', true), '') = 'on'
            OR coalesce(current_setting('accord.platform', true), '') = 'on'
      $$;
      CREATE FUNCTION accord_council_ids() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(nullif(current_setting('accord.council_ids', true), ''), '{}')::uuid[]
      $$;

      -- Councils -----------------------------------------------------------
      CREATE TABLE councils (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid GENERATED ALWAYS AS (id) STORED,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$' AND length(slug) >= 2),
        kind text NOT NULL CHECK (kind IN ('parish','town','community','city','district','borough','county',
                                           'county_borough','unitary','metropolitan','london_borough')),
        nation text NOT NULL CHECK (nation IN ('england','wales','scotland','northern_ireland')),
        parent_id uuid REFERENCES councils(id) ON DELETE RESTRICT CHECK (parent_id <> id),
        next_review_due date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX councils_slug_key ON councils (slug);
      CREATE INDEX councils_parent_idx ON councils (parent_id);
      CREATE INDEX councils_name_idx ON councils (lower(name));
      CREATE INDEX councils_review_idx ON councils (next_review_due) WHERE next_review_due IS NOT NULL;

      -- The councils below a set of roots (roots included), whatever the caller's scope.
      CREATE FUNCTION accord_subtree(roots uuid[]) RETURNS SETOF uuid LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        WITH RECURSIVE t(id) AS (
          SELECT id FROM councils WHERE id = ANY (roots)
          UNION
          SELECT c.id FROM councils c JOIN t ON c.parent_id = t.id
        ) SELECT id FROM t
      $$;

      -- Backstop for the service's own check: no council may become its own ancestor.
      CREATE FUNCTION councils_refuse_cycle() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE at uuid := NEW.parent_id; hops int := 0;
      BEGIN
        WHILE at IS NOT NULL LOOP
          IF at = NEW.id OR hops > 1000 THEN
            RAISE EXCEPTION 'council % cannot be placed under %: that would make a cycle', NEW.id, NEW.parent_id
              USING ERRCODE = 'check_violation', CONSTRAINT = 'councils_no_cycle';
          END IF;
          SELECT parent_id INTO at FROM councils WHERE id = at;
          hops := hops + 1;
        END LOOP;
        RETURN NEW;
      END $$;
      CREATE TRIGGER councils_no_cycle BEFORE INSERT OR UPDATE OF parent_id ON councils
        FOR EACH ROW WHEN (NEW.parent_id IS NOT NULL) EXECUTE FUNCTION councils_refuse_cycle();

      -- People ---------------------------------------------------------------
      -- Accounts are global (a person may serve several councils); who may see
      -- an account is decided by the service from the memberships in scope.
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        display_name text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
        password_hash text NOT NULL,
        platform_admin boolean NOT NULL DEFAULT false,
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en','cy')),
        disabled_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (email);

      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('monitoring_officer','clerk','viewer')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (council_id, user_id)
      );
      CREATE INDEX memberships_user_idx ON memberships (user_id);

      -- Integrations -------------------------------------------------------
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        prefix text NOT NULL,
        secret_hash bytea NOT NULL,
        include_descendants boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      CREATE UNIQUE INDEX api_keys_secret_hash_key ON api_keys (secret_hash);
      CREATE INDEX api_keys_council_idx ON api_keys (council_id);

      -- Notifications (recorded by the worker's sweeps) -------------------
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('review_due','review_overdue')),
        dedupe_key text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        due_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (council_id, dedupe_key)
      );
      CREATE INDEX notifications_council_created_idx ON notifications (council_id, created_at DESC);

      -- Row-level security on every tenant table --------------------------
      ALTER TABLE councils ENABLE ROW LEVEL SECURITY;
      ALTER TABLE councils FORCE ROW LEVEL SECURITY;
      -- (SELECT …) makes each scope function an InitPlan: evaluated once per statement, not once per row.
      CREATE POLICY councils_scope ON councils
        USING ((SELECT accord_all()) OR id = ANY ((SELECT accord_council_ids())::uuid[]))
        WITH CHECK ((SELECT accord_all()) OR id = ANY ((SELECT accord_council_ids())::uuid[]));
      -- A new council must sit under a parent in scope (only platform admins create top-level ones).
      CREATE POLICY councils_insert_under_scope ON councils AS PERMISSIVE FOR INSERT
        WITH CHECK (parent_id = ANY ((SELECT accord_council_ids())::uuid[]));

      ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
      ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
      CREATE POLICY memberships_scope ON memberships
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]))
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));

      ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
      ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
      CREATE POLICY api_keys_scope ON api_keys
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]))
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));

      ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
      ALTER TABLE notifications FORCE ROW LEVEL SECURITY;
      CREATE POLICY notifications_scope ON notifications
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]))
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));

      -- Request start: who is calling, and which councils they reach -------
      CREATE FUNCTION accord_user_scope(p_user uuid) RETURNS TABLE (council_id uuid, role text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        WITH direct AS (
          SELECT m.council_id, m.role FROM memberships m WHERE m.user_id = p_user
        ), below AS (
          SELECT s AS council_id, 'monitoring_officer'::text AS role
          FROM accord_subtree(ARRAY(SELECT d.council_id FROM direct d WHERE d.role = 'monitoring_officer')) s
        )
        SELECT x.council_id,
               (array_agg(x.role ORDER BY CASE x.role WHEN 'monitoring_officer' THEN 0 WHEN 'clerk' THEN 1 ELSE 2 END))[1]
        FROM (SELECT * FROM direct UNION ALL SELECT * FROM below) x
        GROUP BY x.council_id
      $$;

      -- All of a person's memberships, in scope or not: to tell whether they also serve elsewhere.
      CREATE FUNCTION accord_user_memberships(p_user uuid) RETURNS TABLE (council_id uuid, role text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT m.council_id, m.role FROM memberships m WHERE m.user_id = p_user
      $$;

      CREATE FUNCTION accord_begin_user(p_user uuid) RETURNS jsonb LANGUAGE plpgsql VOLATILE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE u users; roles jsonb; ids uuid[];
      BEGIN
        SELECT * INTO u FROM users WHERE id = p_user AND disabled_at IS NULL;
        IF NOT FOUND THEN RETURN NULL; END IF;
        SELECT coalesce(jsonb_object_agg(s.council_id, s.role), '{}'::jsonb), coalesce(array_agg(s.council_id), '{}')
          INTO roles, ids FROM accord_user_scope(p_user) s;
        PERFORM set_config('accord.user_id', u.id::text, true);
        PERFORM set_config('accord.council_ids', ids::text, true);
        PERFORM set_config('accord.platform', CASE WHEN u.platform_admin THEN 'on' ELSE 'off' END, true);
        RETURN jsonb_build_object('id', u.id, 'platformAdmin', u.platform_admin, 'version', u.version, 'roles', roles);
      END $$;

      CREATE FUNCTION accord_begin_api_key(p_hash bytea) RETURNS jsonb LANGUAGE plpgsql VOLATILE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE k api_keys; ids uuid[];
      BEGIN
        SELECT * INTO k FROM api_keys WHERE secret_hash = p_hash AND revoked_at IS NULL;
        IF NOT FOUND THEN RETURN NULL; END IF;
        UPDATE api_keys SET last_used_at = now()
          WHERE id = k.id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute');
        IF k.include_descendants THEN
          ids := ARRAY(SELECT accord_subtree(ARRAY[k.council_id]));
        ELSE
          ids := ARRAY[k.council_id];
        END IF;
        PERFORM set_config('accord.api_key_id', k.id::text, true);
        PERFORM set_config('accord.council_ids', ids::text, true);
        PERFORM set_config('accord.platform', 'off', true);
        RETURN jsonb_build_object('id', k.id, 'councilIds', to_jsonb(ids));
      END $$;

      -- The application role's rights: data, never ownership ----------------
      GRANT SELECT, INSERT, UPDATE, DELETE ON councils, users, memberships, api_keys, notifications TO accord_rw;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO accord_rw;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION accord_begin_api_key(bytea);
      DROP FUNCTION accord_begin_user(uuid);
      DROP FUNCTION accord_user_memberships(uuid);
      DROP FUNCTION accord_user_scope(uuid);
      DROP TABLE notifications, api_keys, memberships, users;
      DROP TRIGGER councils_no_cycle ON councils;
      DROP FUNCTION councils_refuse_cycle();
      DROP FUNCTION accord_subtree(uuid[]);
      DROP TABLE councils;
      DROP FUNCTION accord_council_ids(), accord_all();
    `);
  }
}
