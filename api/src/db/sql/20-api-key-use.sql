-- An API key's last use is recorded outside the request's transaction (issue 10).
--
-- accord_begin_api_key only reads the key and sets the scope: it used to move
-- last_used_at itself, so every request with a key held that key's row lock until
-- its transaction ended, and one leaked transaction queued every later request with
-- the same key behind it. The API now calls accord_touch_api_keys after the request
-- (api/src/api-keys/api-key-use.ts), at most once a minute per key, as a statement of
-- its own that skips a row someone else has locked (a revocation in progress).
CREATE OR REPLACE FUNCTION accord_begin_api_key(p_hash bytea) RETURNS jsonb LANGUAGE plpgsql VOLATILE
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE k api_keys; ids uuid[];
BEGIN
  SELECT * INTO k FROM api_keys WHERE secret_hash = p_hash AND revoked_at IS NULL;
  IF NOT FOUND THEN RETURN NULL; END IF;
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

CREATE OR REPLACE FUNCTION accord_touch_api_keys(p_ids uuid[]) RETURNS void LANGUAGE sql VOLATILE
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  UPDATE api_keys k SET last_used_at = now()
    FROM (SELECT id FROM api_keys
           WHERE id = ANY (p_ids) AND revoked_at IS NULL
             AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
           FOR UPDATE SKIP LOCKED) t
   WHERE k.id = t.id;
$$;
REVOKE ALL ON FUNCTION accord_touch_api_keys(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION accord_touch_api_keys(uuid[]) TO accord_rw;
