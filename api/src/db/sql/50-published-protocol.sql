-- A council's published protocol (issue 14), read with no sign-in: /public/<slug>.
--
-- accord_begin_published finds a council by its slug only if it chose to publish its
-- protocol (councils.publish_protocol), and sets the transaction's scope to that council
-- alone, read-only, as accord_begin_calendar does for a feed: the page then reads that
-- council's adopted and superseded protocol versions under row-level security. An
-- unknown slug and an unpublished council answer alike (NULL).
CREATE OR REPLACE FUNCTION accord_begin_published(p_slug text) RETURNS jsonb LANGUAGE plpgsql VOLATILE
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE c councils;
BEGIN
  SELECT * INTO c FROM councils WHERE slug = p_slug AND publish_protocol;
  IF NOT FOUND THEN RETURN NULL; END IF;
  PERFORM set_config('accord.council_ids', ARRAY[c.id]::text, true);
  PERFORM set_config('accord.ancestor_ids', '{}', true);
  PERFORM set_config('accord.platform', 'off', true);
  PERFORM set_config('transaction_read_only', 'on', true);
  RETURN jsonb_build_object('id', c.id, 'name', c.name, 'slug', c.slug, 'nation', c.nation);
END $$;
REVOKE ALL ON FUNCTION accord_begin_published(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION accord_begin_published(text) TO accord_rw;
