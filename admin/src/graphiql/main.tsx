/**
 * GraphiQL for integrators, built into the admin's bundle and served by the API when a
 * browser opens /graphql: nothing loads from another host (a council's network may block
 * CDNs, and the admin's Content-Security-Policy allows its own origin only).
 *
 * Requests go to this origin's /graphql. Someone signed in to the admin in this browser
 * is that person here; otherwise put an API key in the Headers tab:
 * {"Authorization": "ApiKey acc_…"}.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';

const TOKEN_KEY = 'accord.token'; // the admin's session (src/graphql.ts)

const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = localStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  for (const [name, value] of Object.entries(options?.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });
  return res.json();
};

const DEFAULT_QUERY = `# Accord's GraphQL API. Signed in to the admin in this browser? You are that person here.
# Otherwise add your API key in Headers below: {"Authorization": "ApiKey acc_..."}
# The Docs button (top left) describes every type, field and argument.

query WhoAmI {
  me {
    apiKey { name council { id name } }
    memberships { role council { id name } }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />
  </StrictMode>,
);
