-- Token versions (issue 10, point 4). users.token_version (migration TokenVersion) is
-- the `tv` claim of every token issued; a token whose version is not the person's
-- current one is refused at once. The version goes up when the password changes,
-- when the account is disabled, when platform admin is taken away, and when a
-- membership is removed or changed (losing a role), however it happens: the API,
-- the worker or plain SQL.

-- Opens a signed-in person's request as accord_begin_user(uuid) does, but only for a
-- token of their current version (NULL, like an unknown or disabled person, otherwise).
CREATE OR REPLACE FUNCTION accord_begin_user(p_user uuid, p_token_version integer) RETURNS jsonb LANGUAGE plpgsql VOLATILE
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
  v_locale text;
BEGIN
  SELECT locale INTO v_locale FROM users WHERE id = p_user AND token_version = p_token_version AND disabled_at IS NULL;
  IF NOT FOUND THEN RETURN NULL; END IF;
  -- The person's language too: the API answers in it (api/src/common/language.ts).
  RETURN accord_begin_user(p_user) || jsonb_build_object('locale', v_locale);
END $$;
GRANT EXECUTE ON FUNCTION accord_begin_user(uuid, integer) TO accord_rw;

CREATE OR REPLACE FUNCTION accord_users_token_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR (NEW.disabled_at IS NOT NULL AND OLD.disabled_at IS NULL)
     OR (OLD.platform_admin AND NOT NEW.platform_admin) THEN
    NEW.token_version := greatest(NEW.token_version, OLD.token_version + 1);
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS users_token_version ON users;
CREATE TRIGGER users_token_version BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION accord_users_token_version();

-- SECURITY DEFINER: the person whose membership is removed is updated whatever the
-- remover may see (users has no row-level security today, but this must not depend on it).
CREATE OR REPLACE FUNCTION accord_memberships_token_version() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.role IS DISTINCT FROM OLD.role OR NEW.user_id IS DISTINCT FROM OLD.user_id
     OR NEW.council_id IS DISTINCT FROM OLD.council_id THEN
    UPDATE users SET token_version = token_version + 1 WHERE id = OLD.user_id;
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS memberships_token_version ON memberships;
CREATE TRIGGER memberships_token_version AFTER UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION accord_memberships_token_version();
