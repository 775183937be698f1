import type { ReactNode } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Layout as RaLayout, Menu, useBasename } from 'react-admin';

const AccordMenu = () => {
  const basename = useBasename();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="councils" />
      <Menu.Item to={`${basename}/councils/tree`} primaryText="accord.councils.tree" leftIcon={<AccountTreeIcon />} />
      <Menu.ResourceItem name="users" />
      <Menu.ResourceItem name="apiKeys" />
      <Menu.ResourceItem name="notifications" />
    </Menu>
  );
};

export const Layout = ({ children }: { children: ReactNode }) => <RaLayout menu={AccordMenu}>{children}</RaLayout>;
