import { DEMO_PASSWORD } from '@accord/api';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [k: string]: unknown };
}
export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

export type Credential = { token: string } | { apiKey: string } | undefined;

/** POSTs a GraphQL operation to a running API, as a real client would. */
export async function gql<T = any>(baseUrl: string, query: string, variables?: Record<string, unknown>, as?: Credential): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as && 'token' in as) headers.authorization = `Bearer ${as.token}`;
  if (as && 'apiKey' in as) headers.authorization = `ApiKey ${as.apiKey}`;
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as GqlResult<T>;
  return { ...body, status: res.status };
}

/** Signs in as a demo user and returns their credential. */
export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<{ token: string }> {
  const res = await gql(baseUrl, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: email, p: password });
  if (!res.data?.signIn) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(res.errors)}`);
  return { token: res.data.signIn.token };
}

/** The first error's code, for assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
export const fieldOf = (r: GqlResult) => r.errors?.[0]?.extensions?.field;
