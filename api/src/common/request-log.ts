/**
 * One log line per HTTP request, and a request id on every line logged while it
 * is handled (see log.ts). The id is the caller's X-Request-Id when it is a
 * plain token of at most 128 characters, else a new UUID, and is sent back in
 * X-Request-Id. Once GraphQL knows who is calling, the principal and the
 * council ids in scope join the context, so the request line and every line
 * after it name them.
 *
 * Never logged: query strings (GET /graphql carries the query and variables
 * there), request bodies, headers, and calendar feed tokens (their path is
 * shown as /calendar/[token].ics).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { addLogContext, withLogContext, type LogContext, type Logger } from './log';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The path as logged: no query string, no credential in it. */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0]!;
  return path.replace(/^\/calendar\/[^/]+\.ics$/, '/calendar/[token].ics').slice(0, 300);
}

/** Who a GraphQL request's context says is calling, as the log shows it. */
export function callerFields(ctx: Pick<RequestContext, 'principal' | 'scope' | 'councilIds'>): Partial<LogContext> {
  const p = ctx.principal;
  const principal = p.kind === 'user' ? `user:${p.userId}` : p.kind === 'apiKey' ? `apiKey:${p.apiKeyId}` : 'anonymous';
  return { principal: ctx.scope.platformAdmin ? `${principal} (platform admin)` : principal, councilIds: ctx.councilIds };
}

/** Wraps the server's request listener: a request id, the log context, and a line when the response ends. */
export function withRequestLog(log: Logger, handle: (req: IncomingMessage, res: ServerResponse) => void): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const context: LogContext = { requestId, principal: 'anonymous' };
    const started = process.hrtime.bigint();
    const path = loggedPath(req.url);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const fields = {
        method: req.method,
        path,
        status: res.statusCode,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      // The context object is the one the request filled in (caller, operation).
      withLogContext(context, () => (path === '/healthz' && res.statusCode < 500 ? log.debug('request', fields) : log.info('request', fields)));
    };
    res.on('finish', done);
    res.on('close', done);
    withLogContext(context, () => handle(req, res));
  };
}

/** Adds the caller and the operation's name to the request's log context. */
export const requestLogPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    if (contextValue?.principal) addLogContext(callerFields(contextValue));
    return {
      async didResolveOperation({ operationName, operation }) {
        addLogContext({ operation: operationName ?? operation?.operation ?? 'anonymous operation' });
      },
    };
  },
};
