import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An API key's last use is recorded outside the request's transaction (issue 10). The
 * functions themselves are current definitions in api/src/db/sql/20-api-key-use.sql,
 * applied after the migrations; there is no table or column to add. This migration exists
 * for the way back: reverting drops accord_touch_api_keys and puts back
 * accord_begin_api_key as the Protocols migration made it (moving last_used_at itself).
 */
export class ApiKeyUse1764650000000 implements MigrationInterface {
  name = 'ApiKeyUse1764650000000';

  async up(): Promise<void> {
    // Nothing: see api/src/db/sql/20-api-key-use.sql.
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS accord_touch_api_keys(uuid[]);
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
    `);
  }
}
