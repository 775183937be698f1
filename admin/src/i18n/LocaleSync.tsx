import { useEffect, useRef } from 'react';
import { useGetIdentity, useI18nProvider, useStore } from 'react-admin';
import { isAppLocale } from './merge';
import { chosenLocale } from './preferences';

/**
 * Once the signed-in person is known, shows the app in their language: the one they picked
 * themselves in this browser if they did (the language menu), otherwise their profile's
 * (`locale`, which a Welsh council's clerk may have set to Cymraeg). Renders nothing.
 */
export const LocaleSync = () => {
  const { identity } = useGetIdentity();
  const i18nProvider = useI18nProvider();
  // react-admin's own store entry, without a default: empty after signing out.
  const [stored, setStored] = useStore<string | undefined>('locale');
  const appliedFor = useRef<string | number | null>(null);

  useEffect(() => {
    if (!identity || appliedFor.current === identity.id) return;
    appliedFor.current = identity.id;
    const wanted = chosenLocale(identity.id) ?? (isAppLocale(identity.locale) ? identity.locale : undefined);
    // The store may be empty while another language is showing (after someone else signed out).
    if (wanted && (stored !== wanted || i18nProvider.getLocale() !== wanted)) setStored(wanted);
  }, [identity, stored, setStored, i18nProvider]);

  return null;
};
