import { HttpError } from 'react-admin';
import { i18nProvider } from './i18n/provider';

/** Where the signed-in person's token lives between page loads. */
export const session = {
  tokenKey: 'accord.token',
  expiresAtKey: 'accord.expiresAt',
  token: () => localStorage.getItem(session.tokenKey),
  /** True while a token is stored and has not expired. */
  isValid: () => {
    const expiresAt = Date.parse(localStorage.getItem(session.expiresAtKey) ?? '');
    return session.token() !== null && expiresAt > Date.now();
  },
  save: (token: string, expiresAt: string) => {
    localStorage.setItem(session.tokenKey, token);
    localStorage.setItem(session.expiresAtKey, expiresAt);
  },
  clear: () => {
    localStorage.removeItem(session.tokenKey);
    localStorage.removeItem(session.expiresAtKey);
  },
};

/** The `extensions.code` values of the contract, and what the client adds for network trouble. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | (string & {});

/**
 * What the client throws: an HttpError (react-admin shows its `message`) that also
 * carries the GraphQL error's code, field and extensions. When a field is named,
 * `body.errors` puts the message beside that field in a react-admin form, and
 * `root.serverError` makes the form's notification say it too (the field may not
 * be one of the form's inputs).
 */
export type ApiError = HttpError & {
  code: ErrorCode;
  field?: string;
  extensions: Record<string, unknown>;
};

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
};

export function apiError(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}): ApiError {
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  // The API writes "slug: must be …"; beside the slug input the field name is redundant.
  const fieldMessage = field && message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
  const body =
    field && (code === 'BAD_USER_INPUT' || code === 'CONFLICT')
      ? { errors: { [field]: fieldMessage, root: { serverError: message } } }
      : null;
  return Object.assign(new HttpError(message, statusOf[code] ?? 500, body), { code, field, extensions });
}

/**
 * An error of the client's own (not the API's): its message is a translation key (accord.errors.*),
 * said in the language on screen when it is thrown, so that everything showing `message` (notify,
 * alerts, field errors) shows it in that language. The key and its arguments stay on the error.
 */
export function clientError(
  key: string,
  code: ErrorCode,
  extensions: Record<string, unknown> = {},
  args: Record<string, unknown> = {},
): ApiError & { messageKey: string; messageArgs: Record<string, unknown> } {
  const message = i18nProvider.translate(key, { _: key, ...args });
  return Object.assign(apiError(message, code, extensions), { messageKey: key, messageArgs: args });
}

export const isApiError = (e: unknown): e is ApiError => e instanceof HttpError && 'code' in e;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs one operation to /graphql with the stored bearer token; returns `data` or throws an ApiError. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const token = session.token();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        // The API writes its error messages in the language shown (api/src/common/language.ts).
        'Accept-Language': i18nProvider.getLocale(),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw clientError('accord.errors.network', 'NETWORK_ERROR');
  }

  let payload: GraphQLResponse<T>;
  try {
    payload = await response.json();
  } catch {
    throw Object.assign(
      clientError('accord.errors.http_status', 'INTERNAL_SERVER_ERROR', {}, { status: response.status, statusText: response.statusText }),
      { status: response.status },
    );
  }
  const [first] = payload.errors ?? [];
  if (first) {
    const extensions = first.extensions ?? {};
    throw apiError(first.message, typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR', extensions);
  }
  if (payload.data == null) throw clientError('accord.errors.no_data', 'INTERNAL_SERVER_ERROR');
  return payload.data;
}
