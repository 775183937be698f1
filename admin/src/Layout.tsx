import type { ReactNode } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import {
  AppBar,
  LoadingIndicator,
  Layout as RaLayout,
  Menu,
  ToggleThemeButton,
  useBasename,
  useThemesContext,
} from 'react-admin';
import { LanguageMenu, LocaleSync } from './i18n';

const AccordMenu = () => {
  const basename = useBasename();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="cases" />
      <Menu.Item to={`${basename}/ask`} primaryText="ask.title" leftIcon={<HelpOutlineIcon />} />
      <Menu.ResourceItem name="protocols" />
      <Menu.ResourceItem name="reviewTasks" />
      <Menu.ResourceItem name="councils" />
      <Menu.Item to={`${basename}/councils/tree`} primaryText="accord.councils.tree" leftIcon={<AccountTreeIcon />} />
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

const AccordAppBar = () => <AppBar toolbar={<AccordToolbar />} />;

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={AccordMenu} appBar={AccordAppBar}>
    <LocaleSync />
    {children}
  </RaLayout>
);
