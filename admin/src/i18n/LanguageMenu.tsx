import { useState, type MouseEvent } from 'react';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import TranslateIcon from '@mui/icons-material/Translate';
import { Box, Button, Menu, MenuItem } from '@mui/material';
import {
  useDataProvider,
  useGetIdentity,
  useI18nProvider,
  useLocaleState,
  useLocales,
  useNotify,
  useTranslate,
} from 'react-admin';
import { isApiError } from '../graphql';
import type { User } from '../types';
import { isAppLocale, type AppLocale } from './merge';
import { rememberChosenLocale } from './preferences';

/** How long the switch waits for the profile to be saved before changing the language anyway. */
const SAVE_WAIT_MS = 2000;

/**
 * Saves the language to the person's profile (updateUser with the version just read; one retry
 * when someone else changed the profile in between). Returns false when it could not.
 */
function useSaveLocale() {
  const dataProvider = useDataProvider();
  return async (userId: string, locale: AppLocale): Promise<boolean> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const { data: user } = await dataProvider.getOne<User>('users', { id: userId });
        if (user.locale === locale) return true;
        await dataProvider.update<User>('users', { id: userId, data: { locale }, previousData: user });
        return true;
      } catch (e) {
        if (attempt < 2 && isApiError(e) && e.code === 'CONFLICT') continue;
        console.error('Could not save the language to the profile', e);
        return false;
      }
    }
  };
}

/**
 * The AppBar's language menu (react-admin's LocalesMenuButton, plus): a pick is remembered as this
 * person's own choice in this browser and saved to their profile, so it follows them elsewhere.
 * The profile is saved before the language changes (the whole page re-renders then), so a form
 * opened afterwards has the profile's new version; the switch waits at most SAVE_WAIT_MS.
 */
export const LanguageMenu = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const languages = useLocales();
  const i18nProvider = useI18nProvider();
  const [, setLocale] = useLocaleState();
  const { identity } = useGetIdentity();
  const saveLocale = useSaveLocale();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const current = i18nProvider.getLocale();
  const currentName = languages.find((l) => l.locale === current)?.name ?? current;

  const pick = async (locale: string) => {
    setAnchor(null);
    if (!isAppLocale(locale) || busy) return;
    if (identity) {
      rememberChosenLocale(identity.id, locale);
      setBusy(true);
      const saved = saveLocale(String(identity.id), locale).then((ok) => {
        if (!ok) notify('accord.language.not_saved', { type: 'warning' });
      });
      await Promise.race([saved, new Promise((resolve) => setTimeout(resolve, SAVE_WAIT_MS))]);
      setBusy(false);
    }
    setLocale(locale);
  };

  return (
    <>
      <Button
        color="inherit"
        variant="text"
        // The visible name is part of the accessible one: "Language: English".
        aria-label={`${translate('accord.language.menu')}: ${currentName}`}
        aria-haspopup="menu"
        aria-controls={anchor ? 'accord-language-menu' : undefined}
        aria-expanded={anchor ? true : undefined}
        disabled={busy}
        onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        startIcon={<TranslateIcon />}
        endIcon={<ExpandMoreIcon fontSize="small" />}
        data-testid="language-menu"
        // At phone width the icon alone (named "Language: Cymraeg"), so the page's title has room.
        sx={{ minWidth: 0, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } } }}
      >
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          {currentName}
        </Box>
      </Button>
      <Menu id="accord-language-menu" anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {languages.map((l) => (
          <MenuItem key={l.locale} lang={l.locale} selected={l.locale === current} onClick={() => void pick(l.locale)}>
            {l.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
