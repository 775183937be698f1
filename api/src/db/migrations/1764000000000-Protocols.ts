import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Protocols as versioned data. A council has one protocol (or, for a monitoring
 * officer's council, also model protocols it publishes); each protocol has
 * versions (draft → adopted → superseded). A version holds its clauses and its
 * items: roles, expectations, escalation chains, response standards, access
 * rules, disclosure exceptions and correspondence rules, each a typed JSON body
 * (checked by the domain's protocolProblems) that cites clauses by number.
 * Office holders (who holds a role now) belong to the council, not a version.
 *
 * Published model protocols are readable by the councils below the publishing
 * council: accord_begin_user also sets accord.ancestor_ids for that.
 */
export class Protocols1764000000000 implements MigrationInterface {
  name = 'Protocols1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION accord_ancestor_ids() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(nullif(current_setting('accord.ancestor_ids', true), ''), '{}')::uuid[]
      $$;

      -- The councils above a set of councils (not including them).
      CREATE FUNCTION accord_ancestors(ids uuid[]) RETURNS SETOF uuid LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        WITH RECURSIVE up(id, parent_id) AS (
          SELECT id, parent_id FROM councils WHERE id = ANY (ids)
          UNION
          SELECT c.id, c.parent_id FROM councils c JOIN up ON c.id = up.parent_id
        ) SELECT DISTINCT parent_id FROM up WHERE parent_id IS NOT NULL AND NOT parent_id = ANY (ids)
      $$;

      -- A council's working-day calendar beyond its nation's bank holidays.
      ALTER TABLE councils ADD COLUMN response_cut_off time
        CHECK (response_cut_off IS NULL OR response_cut_off BETWEEN '06:00' AND '23:59');
      CREATE TABLE council_closures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE CASCADE,
        date date NOT NULL,
        reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
        UNIQUE (council_id, date)
      );
      ALTER TABLE council_closures ENABLE ROW LEVEL SECURITY;
      ALTER TABLE council_closures FORCE ROW LEVEL SECURITY;
      CREATE POLICY council_closures_scope ON council_closures
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]))
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));

      CREATE TABLE protocols (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        is_model boolean NOT NULL DEFAULT false,
        published boolean NOT NULL DEFAULT false CHECK (published = false OR is_model),
        model_id uuid REFERENCES protocols(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (model_id IS NULL OR model_id <> id)
      );
      -- One own protocol per council; models are extra.
      CREATE UNIQUE INDEX protocols_one_per_council ON protocols (council_id) WHERE NOT is_model;
      CREATE INDEX protocols_council_idx ON protocols (council_id);

      CREATE TABLE protocol_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        protocol_id uuid NOT NULL REFERENCES protocols(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        status text NOT NULL CHECK (status IN ('draft','adopted','superseded')),
        based_on_id uuid REFERENCES protocol_versions(id) ON DELETE SET NULL,
        adopted_on date,
        adopted_by text,
        effective_from date,
        review_every_months integer CHECK (review_every_months BETWEEN 1 AND 120),
        review_on date,
        reviewing_body text,
        next_review_due date,
        review_clauses text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (protocol_id, number),
        CHECK (status = 'draft' OR adopted_on IS NOT NULL)
      );
      CREATE UNIQUE INDEX protocol_versions_one_draft ON protocol_versions (protocol_id) WHERE status = 'draft';
      CREATE UNIQUE INDEX protocol_versions_one_adopted ON protocol_versions (protocol_id) WHERE status = 'adopted';
      CREATE INDEX protocol_versions_council_idx ON protocol_versions (council_id);
      CREATE INDEX protocol_versions_review_idx ON protocol_versions (next_review_due) WHERE status = 'adopted';

      CREATE TABLE protocol_clauses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        version_id uuid NOT NULL REFERENCES protocol_versions(id) ON DELETE CASCADE,
        number text NOT NULL CHECK (length(btrim(number)) BETWEEN 1 AND 40),
        heading text,
        text text NOT NULL,
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (version_id, number)
      );
      CREATE INDEX protocol_clauses_version_idx ON protocol_clauses (version_id, position);

      CREATE TABLE protocol_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        version_id uuid NOT NULL REFERENCES protocol_versions(id) ON DELETE CASCADE,
        section text NOT NULL CHECK (section IN ('role','expectation','chain','response_standard','access_rule',
                                                 'disclosure_exception','correspondence_rule')),
        -- What identifies the item across versions: a role key, "member_about_officer/any", a category…
        key text NOT NULL,
        body jsonb NOT NULL,
        clauses text[] NOT NULL DEFAULT '{}',
        position integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        UNIQUE (version_id, section, key)
      );
      CREATE INDEX protocol_items_version_idx ON protocol_items (version_id, section, position);

      CREATE TABLE office_holders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id) ON DELETE RESTRICT,
        role_key text NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        email text CHECK (email IS NULL OR email = lower(email)),
        phone text,
        deputy boolean NOT NULL DEFAULT false,
        from_date date,
        to_date date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date)
      );
      CREATE INDEX office_holders_council_role_idx ON office_holders (council_id, role_key);

      -- Row-level security: the caller's councils; published models also to the councils below.
      ALTER TABLE protocols ENABLE ROW LEVEL SECURITY;
      ALTER TABLE protocols FORCE ROW LEVEL SECURITY;
      CREATE POLICY protocols_scope ON protocols
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[])
               OR (published AND council_id = ANY ((SELECT accord_ancestor_ids())::uuid[])))
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));
    `);
    // Versions, clauses and items of a published model's adopted version are visible below the
    // publishing council. The function (owner, BYPASSRLS) avoids a policy that reads its own table.
    await q.query(`
      CREATE FUNCTION accord_shared_version_ids() RETURNS uuid[] LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT coalesce(array_agg(v.id), '{}') FROM protocol_versions v JOIN protocols p ON p.id = v.protocol_id
        WHERE p.published AND v.status = 'adopted' AND p.council_id = ANY (accord_ancestor_ids())
      $$;
    `);
    for (const [table, versionColumn] of [['protocol_versions', 'id'], ['protocol_clauses', 'version_id'], ['protocol_items', 'version_id']]) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_scope ON ${table}
          USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[])
                 OR ${versionColumn} = ANY ((SELECT accord_shared_version_ids())::uuid[]))
          WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));
      `);
    }
    await q.query(`
      ALTER TABLE office_holders ENABLE ROW LEVEL SECURITY;
      ALTER TABLE office_holders FORCE ROW LEVEL SECURITY;
      CREATE POLICY office_holders_scope ON office_holders
        USING ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]))
        WITH CHECK ((SELECT accord_all()) OR council_id = ANY ((SELECT accord_council_ids())::uuid[]));

      -- The request's scope now also names the councils above it (for published models).
      CREATE OR REPLACE FUNCTION accord_begin_user(p_user uuid) RETURNS jsonb LANGUAGE plpgsql VOLATILE
        SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE u users; roles jsonb; ids uuid[];
      BEGIN
        SELECT * INTO u FROM users WHERE id = p_user AND disabled_at IS NULL;
        IF NOT FOUND THEN RETURN NULL; END IF;
        SELECT coalesce(jsonb_object_agg(s.council_id, s.role), '{}'::jsonb), coalesce(array_agg(s.council_id), '{}')
          INTO roles, ids FROM accord_user_scope(p_user) s;
        PERFORM set_config('accord.user_id', u.id::text, true);
        PERFORM set_config('accord.council_ids', ids::text, true);
        PERFORM set_config('accord.ancestor_ids', ARRAY(SELECT accord_ancestors(ids))::text, true);
        PERFORM set_config('accord.platform', CASE WHEN u.platform_admin THEN 'on' ELSE 'off' END, true);
        RETURN jsonb_build_object('id', u.id, 'platformAdmin', u.platform_admin, 'version', u.version, 'roles', roles);
      END $$;

      CREATE OR REPLACE FUNCTION accord_begin_api_key(p_hash bytea) RETURNS jsonb LANGUAGE plpgsql VOLATILE
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
        PERFORM set_config('accord.ancestor_ids', ARRAY(SELECT accord_ancestors(ids))::text, true);
        PERFORM set_config('accord.platform', 'off', true);
        RETURN jsonb_build_object('id', k.id, 'councilIds', to_jsonb(ids));
      END $$;

      GRANT SELECT, INSERT, UPDATE, DELETE ON protocols, protocol_versions, protocol_clauses, protocol_items, office_holders, council_closures TO accord_rw;
      GRANT EXECUTE ON FUNCTION accord_ancestor_ids(), accord_ancestors(uuid[]), accord_shared_version_ids() TO accord_rw;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE office_holders, protocol_items, protocol_clauses, protocol_versions, protocols, council_closures;
      ALTER TABLE councils DROP COLUMN response_cut_off;
      DROP FUNCTION accord_shared_version_ids();
    `);
    // accord_begin_user / accord_begin_api_key as the Platform migration left them.
    for (const fn of ['accord_begin_user(uuid)', 'accord_begin_api_key(bytea)']) {
      const [{ def }] = await q.query(`SELECT pg_get_functiondef('${fn}'::regprocedure) AS def`);
      await q.query((def as string).replace(/\s*PERFORM set_config\('accord\.ancestor_ids'[^;]*;/, ''));
    }
    await q.query('DROP FUNCTION accord_ancestors(uuid[]), accord_ancestor_ids()');
  }
}
