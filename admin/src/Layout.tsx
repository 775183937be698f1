import { useEffect, type ReactNode } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import AddBusinessIcon from '@mui/icons-material/AddBusiness';
import BarChartIcon from '@mui/icons-material/BarChart';
import {
  AppBar,
  LoadingIndicator,
  Layout as RaLayout,
  Menu,
  TitlePortal,
  ToggleThemeButton,
  useBasename,
  useGetIdentity,
  usePermissions,
  useTranslate,
  UserMenu,
  useThemesContext,
} from 'react-admin';
import { LanguageMenu, LocaleSync } from './i18n';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { Permissions } from './types';

const AccordMenu = () => {
  const basename = useBasename();
  const { permissions } = usePermissions<Permissions>();
  const officer = !!permissions && (permissions.platformAdmin || permissions.memberships.some((m) => m.role === 'MONITORING_OFFICER'));
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="cases" />
      <Menu.Item to={`${basename}/ask`} primaryText="ask.title" leftIcon={<HelpOutlineIcon />} />
      <Menu.ResourceItem name="protocols" />
      <Menu.Item to={`${basename}/imports`} primaryText="imports.title" leftIcon={<UploadFileIcon />} />
      <Menu.ResourceItem name="reviewTasks" />
      <Menu.Item to={`${basename}/reports`} primaryText="reports.menu" leftIcon={<BarChartIcon />} />
      <Menu.ResourceItem name="councils" />
      <Menu.Item to={`${basename}/councils/tree`} primaryText="accord.councils.tree" leftIcon={<AccountTreeIcon />} />
      {officer && <Menu.Item to={`${basename}/onboard`} primaryText="onboarding.menu" leftIcon={<AddBusinessIcon />} />}
      <Menu.ResourceItem name="users" />
      <Menu.ResourceItem name="apiKeys" />
      <Menu.ResourceItem name="notifications" />
    </Menu>
  );
};

/** react-admin's toolbar, with our language menu in place of its LocalesMenuButton. */
const AccordToolbar = () => {
  const { darkTheme } = useThemesContext();
  return (
    <>
      <LanguageMenu />
      {darkTheme && <ToggleThemeButton />}
      <LoadingIndicator />
    </>
  );
};

/** The page's title, written by each page's <Title>, is its one h1. */
/** The user menu's button is named "Profile: <the name it shows>" (WCAG 2.5.3: the visible label is in the name), not "Profile" alone. */
const AccordUserMenu = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  return <UserMenu label={identity?.fullName ? `${translate('ra.auth.user_menu')}: ${identity.fullName}` : 'ra.auth.user_menu'} />;
};

const AccordAppBar = () => (
  <AppBar toolbar={<AccordToolbar />} userMenu={<AccordUserMenu />}>
    {/*
      At phone width the title (the page's h1) shows on up to two smaller lines, not cut to "Gofyn i'r…";
      never more than two, so the bar keeps its 56 px and covers none of the page.
    */}
    <TitlePortal
      component="h1"
      sx={{
        minWidth: 0,
        whiteSpace: { xs: 'normal', sm: 'nowrap' },
        fontSize: { xs: '1.05rem', sm: undefined },
        lineHeight: { xs: 1.25, sm: undefined },
        display: { xs: '-webkit-box', sm: 'block' },
        WebkitLineClamp: { xs: 2, sm: 'none' },
        WebkitBoxOrient: 'vertical',
        // A title whose page writes block elements into it is not clamped by the above: cut at two lines.
        maxHeight: { xs: '2.5em', sm: 'none' },
      }}
    />
  </AppBar>
);

/**
 * The browser tab's title follows the page's (react-admin writes it into the app bar's
 * #react-admin-title): "Cases · Accord", not "Accord admin" on every page.
 */
const DocumentTitle = () => {
  useEffect(() => {
    const set = () => {
      const text = document.getElementById('react-admin-title')?.textContent?.trim();
      const title = text && text !== 'Accord' ? `${text} · Accord` : 'Accord';
      if (document.title !== title) document.title = title;
    };
    const observer = new MutationObserver(set);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    set();
    return () => observer.disconnect();
  }, []);
  return null;
};

/**
 * At phone width the page is as wide as the screen: react-admin makes the layout at least as wide as
 * its widest content (`minWidth: fit-content`), so one wide table made the whole page, its app bar
 * and its forms 700 px wide. Below `sm` the content column may be narrower than its content, and
 * a wide table scrolls inside its own box.
 */
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={AccordMenu} appBar={AccordAppBar} sx={{ minWidth: { xs: 0, sm: 'fit-content' }, '& .RaLayout-content': { minWidth: { xs: 0, sm: 'auto' } } }}>
    <LocaleSync />
    <DocumentTitle />
    {children}
  </RaLayout>
);
