import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import apiKeys from './apiKeys';
import { authProvider } from './authProvider';
import councils, { CouncilTree } from './councils';
import { AskProtocol } from './ask';
import { ImportPage } from './imports';
import cases from './cases';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider, SignInPage } from './i18n';
import { Layout } from './Layout';
import { darkTheme, lightTheme } from './theme';
import notifications from './notifications';
import { InvitationPage, Onboarding } from './onboarding';
import { ReportsPage } from './reports';
import protocols, { withProtocolData } from './protocols';
import reviews from './reviews';
import users from './users';

/** The API's resources with the protocol editor's (admin/src/protocols/dataProvider.ts). */
const protocolDataProvider = withProtocolData(dataProvider);

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
    dataProvider={protocolDataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    lightTheme={lightTheme}
    darkTheme={darkTheme}
    loginPage={SignInPage}
  >
    <Resource name="councils" {...councils}>
      <Route path="tree" element={<CouncilTree />} />
    </Resource>
    <Resource name="users" {...users} />
    <Resource name="memberships" />
    <Resource name="apiKeys" {...apiKeys} />
    <Resource name="notifications" {...notifications} />
    <Resource name="protocols" {...protocols} />
    <Resource name="cases" {...cases} />
    <Resource name="reviewTasks" {...reviews} />
    <CustomRoutes>
      <Route path="/ask" element={<AskProtocol />} />
      <Route path="/imports" element={<ImportPage />} />
      <Route path="/onboard" element={<Onboarding />} />
      <Route path="/reports" element={<ReportsPage />} />
    </CustomRoutes>
    {/* No sign-in: where an invitation's one-time link leads. */}
    <CustomRoutes noLayout>
      <Route path="/invitation" element={<InvitationPage />} />
    </CustomRoutes>
  </Admin>
);
