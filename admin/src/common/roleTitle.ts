import { useLocaleState } from 'react-admin';
import { ROLE_TITLES, roleTitleIn } from '../../../api/src/domain/glossary';

/**
 * A role's title as the reader should see it. In English: the council's own title where its
 * protocol gives one ("Town Clerk"), else the glossary's. In Welsh: the glossary's Welsh title for
 * a built-in role (the council's own titles are English text), else the council's own.
 * Keys come upper case from GraphQL enums and lower case from rule bodies: either works.
 */
export function roleTitleFor(locale: string, key: string | null | undefined, ownTitle?: string | null): string {
  if (!key) return '';
  const k = key.toLowerCase();
  const builtIn = k in ROLE_TITLES;
  if (locale === 'cy') return builtIn ? roleTitleIn('cy', k) : (ownTitle ?? roleTitleIn('cy', k));
  return ownTitle ?? (builtIn ? roleTitleIn('en', k) : k.charAt(0).toUpperCase() + k.slice(1).replace(/_/g, ' '));
}

/** roleTitleFor in the language on screen. */
export function useRoleTitle(): (key: string | null | undefined, ownTitle?: string | null) => string {
  const [locale] = useLocaleState();
  return (key, ownTitle) => roleTitleFor(locale, key, ownTitle);
}
