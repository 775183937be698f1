import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change feed for the API's in-memory caches: every committed change to a
 * council, its adopted protocol, its office holders or closure days, or to an
 * API key, notifies channel `accord_changes` (delivered only on commit, in commit
 * order). Payloads: `council:<id>` and `keys`.
 */
export class ChangeFeed1764200000000 implements MigrationInterface {
  name = 'ChangeFeed1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION accord_notify_council_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE column_name text := TG_ARGV[0];
      BEGIN
        IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('accord_changes', 'council:' || (to_jsonb(OLD) ->> column_name)); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('accord_changes', 'council:' || (to_jsonb(NEW) ->> column_name)); END IF;
        -- An API key's scope follows the council tree.
        IF TG_TABLE_NAME = 'councils' AND (to_jsonb(OLD) ->> 'parent_id') IS DISTINCT FROM (to_jsonb(NEW) ->> 'parent_id') THEN
          PERFORM pg_notify('accord_changes', 'keys');
        END IF;
        RETURN NULL;
      END $$;

      CREATE FUNCTION accord_notify_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('accord_changes', 'keys');
        RETURN NULL;
      END $$;

      CREATE TRIGGER councils_changed AFTER INSERT OR UPDATE OR DELETE ON councils
        FOR EACH ROW EXECUTE FUNCTION accord_notify_council_change('id');
      CREATE TRIGGER protocols_changed AFTER INSERT OR UPDATE OR DELETE ON protocols
        FOR EACH ROW EXECUTE FUNCTION accord_notify_council_change('council_id');
      -- Drafts change all the time and no cache holds them.
      CREATE TRIGGER protocol_versions_changed AFTER UPDATE ON protocol_versions
        FOR EACH ROW WHEN (OLD.status <> 'draft' OR NEW.status <> 'draft') EXECUTE FUNCTION accord_notify_council_change('council_id');
      CREATE TRIGGER protocol_versions_added AFTER INSERT ON protocol_versions
        FOR EACH ROW WHEN (NEW.status <> 'draft') EXECUTE FUNCTION accord_notify_council_change('council_id');
      CREATE TRIGGER protocol_versions_removed AFTER DELETE ON protocol_versions
        FOR EACH ROW WHEN (OLD.status <> 'draft') EXECUTE FUNCTION accord_notify_council_change('council_id');
      CREATE TRIGGER office_holders_changed AFTER INSERT OR UPDATE OR DELETE ON office_holders
        FOR EACH ROW EXECUTE FUNCTION accord_notify_council_change('council_id');
      CREATE TRIGGER council_closures_changed AFTER INSERT OR UPDATE OR DELETE ON council_closures
        FOR EACH ROW EXECUTE FUNCTION accord_notify_council_change('council_id');
      -- Not last_used_at, which sign-in with a key moves once a minute.
      CREATE TRIGGER api_keys_changed AFTER UPDATE OF revoked_at, council_id, include_descendants, secret_hash OR DELETE ON api_keys
        FOR EACH ROW EXECUTE FUNCTION accord_notify_key_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER api_keys_changed ON api_keys;
      DROP TRIGGER council_closures_changed ON council_closures;
      DROP TRIGGER office_holders_changed ON office_holders;
      DROP TRIGGER protocol_versions_removed ON protocol_versions;
      DROP TRIGGER protocol_versions_added ON protocol_versions;
      DROP TRIGGER protocol_versions_changed ON protocol_versions;
      DROP TRIGGER protocols_changed ON protocols;
      DROP TRIGGER councils_changed ON councils;
      DROP FUNCTION accord_notify_key_change();
      DROP FUNCTION accord_notify_council_change();
    `);
  }
}
