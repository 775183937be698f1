import { Admin, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import apiKeys from './apiKeys';
import { authProvider } from './authProvider';
import councils, { CouncilTree } from './councils';
import { Dashboard } from './Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './Layout';
import notifications from './notifications';
import users from './users';

/** Where the app is served: Vite's `base` without its trailing slash ("/admin"). */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * Rendered inside the browser router's `${BASENAME}/*` route (see main.tsx); `basename`
 * makes react-admin prefix its links with it.
 */
export const App = () => (
  <Admin
    basename={BASENAME}
    disableTelemetry
    requireAuth
    title="Accord"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
  >
    <Resource name="councils" {...councils}>
      <Route path="tree" element={<CouncilTree />} />
    </Resource>
    <Resource name="users" {...users} />
    <Resource name="memberships" />
    <Resource name="apiKeys" {...apiKeys} />
    <Resource name="notifications" {...notifications} />
  </Admin>
);
