import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { rateLimitHeaders, type ApiKeyRateLimiter } from '../common/rate-limit';
import type { RequestContext } from '../common/context';
import type { Logger } from '../common/log';
import { isDatabaseUnavailable } from '../db/session';
import { graphqlDuration, graphqlRequests, httpRefusals } from '../common/metrics';
import { sendUnavailable, serviceUnavailable } from './unavailable';
import { RequestLanguage, withLanguage } from '../common/language';
import { msg } from '../common/messages';

const MAX_BODY_BYTES = 1024 * 1024;

export interface GraphqlHandlerOptions {
  /** Per-API-key limit; a key's budget goes out in RateLimit headers on every answer, 429s included. */
  rateLimit: ApiKeyRateLimiter;
  /** Reads the caller's credentials; may open the request's transaction. Learns the caller's own language on the way. */
  context: (req: IncomingMessage, languages: RequestLanguage) => Promise<RequestContext>;
  /** Called once the request's transaction has ended, before the answer is written (the API key's last use). */
  afterTransaction?: (ctx: RequestContext) => Promise<void>;
  /** A request body not received in full within this time is answered 408. */
  bodyTimeoutMs: number;
  log: Logger;
}

/**
 * GraphQL over HTTP straight on node:http (what @as-integrations/express5 does,
 * without Express's routing, body parser and ETag hashing on the hot path):
 * rate limit first, then a JSON body of at most 1 MB read within the body timeout,
 * then Apollo.
 *
 * This handler owns the request's database session: whatever ends the exchange (an
 * HTTP-level rejection after the context was made, a parse, validation or limit error
 * that Apollo's plugins never see, an early non-null error while sibling resolvers still
 * run, a client that goes away), the `finally` below ends the context, rolling back
 * whatever the transaction plugin did not commit; after that, ctx.db() throws. A client
 * that disconnects has its transaction rolled back at once.
 */
export function graphqlHandler(
  apollo: ApolloServer<RequestContext>,
  options: GraphqlHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { rateLimit, context, afterTransaction, bodyTimeoutMs, log } = options;
  // Everything below, Apollo's formatting of errors included, runs knowing the request's language.
  return (req, res) => {
    const languages = RequestLanguage.fromHeader(req.headers['accept-language']);
    return withLanguage(languages, () => handle(req, res, languages));
  };
  async function handle(req: IncomingMessage, res: ServerResponse, languages: RequestLanguage): Promise<void> {
    const lang = () => languages.language;
    const started = performance.now();
    let made: Promise<RequestContext> | undefined;
    let ctx: RequestContext | undefined;
    let unavailable = false;
    let code = 'OK';
    const onClose = () => {
      // The client went away before its answer was written: roll back now.
      if (!res.writableFinished) void ctx?.finish(false).catch(() => undefined);
    };
    res.once('close', onClose);
    const makeContext = async (): Promise<RequestContext> => {
      try {
        ctx = await context(req, languages);
      } catch (e) {
        if (isDatabaseUnavailable(e)) {
          unavailable = true;
          throw serviceUnavailable();
        }
        throw e;
      }
      if (res.destroyed) void ctx.finish(false).catch(() => undefined);
      return ctx;
    };
    try {
      const limited = await rateLimit(req.headers, (budget) => {
        for (const [name, value] of Object.entries(rateLimitHeaders(budget))) res.setHeader(name, value);
      });
      if (limited) {
        code = 'RATE_LIMITED';
        httpRefusals.inc({ reason: 'rate_limited' });
        res.setHeader('Retry-After', String(limited.retryAfter));
        return send(res, 429, { errors: [{ message: limited.message.in(lang()), extensions: { code: 'RATE_LIMITED', retryAfter: limited.retryAfter } }] });
      }
      let body: unknown;
      if (req.method === 'POST') {
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > MAX_BODY_BYTES) return refuse(req, res, 413, 'too_large', msg('http.tooLarge').in(lang()), (c) => (code = c));
        const read = await readBody(req, bodyTimeoutMs);
        if (read === 'aborted') {
          code = 'ABORTED';
          return;
        }
        if (read === 'too_large') return refuse(req, res, 413, 'too_large', msg('http.tooLarge').in(lang()), (c) => (code = c));
        if (read === 'timeout') {
          code = 'REQUEST_TIMEOUT';
          httpRefusals.inc({ reason: 'body_timeout' });
          res.setHeader('connection', 'close');
          res.once('finish', () => req.socket.destroy());
          return send(res, 408, { errors: [{ message: msg('http.bodyTimeout', { seconds: Math.round(bodyTimeoutMs / 1000) }).in(lang()), extensions: { code: 'REQUEST_TIMEOUT' } }] });
        }
        if (/^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
          try {
            body = read.length ? JSON.parse(read.toString('utf8')) : undefined;
          } catch {
            code = 'BAD_REQUEST';
            httpRefusals.inc({ reason: 'bad_request' });
            return send(res, 400, { errors: [{ message: msg('http.badJson').in(lang()), extensions: { code: 'BAD_REQUEST' } }] });
          }
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const q = req.url?.indexOf('?') ?? -1;
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: q >= 0 ? req.url!.slice(q) : '', body },
        context: () => (made ??= makeContext()),
      });
      // Whatever Apollo did, the transaction ends here (a no-op when the plugin already committed it).
      if (ctx) await ctx.finish(false).catch((e) => log.warn('ending a request transaction failed', { error: (e as Error).message }));
      const complete = response.body.kind === 'complete' ? response.body.string : null;
      if (complete !== null) code = firstCode(complete) ?? ((response.status ?? 200) >= 400 ? `HTTP_${response.status}` : 'OK');
      if (unavailable || ctx?.unavailable || code === 'SERVICE_UNAVAILABLE') {
        code = 'SERVICE_UNAVAILABLE';
        httpRefusals.inc({ reason: 'overloaded' });
        return sendUnavailable(res, lang());
      }
      if (ctx && afterTransaction) await afterTransaction(ctx);
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (complete !== null) {
        // graphql-armor's parser throws from parsingDidStart, which Apollo answers 500: a client's mistake is a 400.
        if (res.statusCode === 500 && (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED')) res.statusCode = 400;
        res.end(complete);
        return;
      }
      if (response.body.kind === 'complete') return; // (narrowing only)
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } finally {
      res.off('close', onClose);
      if (made) {
        const c = await made.catch(() => null);
        await c?.finish(false).catch(() => undefined);
      }
      const operation = ctx?.operation ?? '-';
      graphqlRequests.inc({ operation, code });
      graphqlDuration.observe({ operation }, (performance.now() - started) / 1000);
    }
  }
}

/** The first error's extensions.code in a JSON answer, if it has errors. */
function firstCode(json: string): string | undefined {
  if (!json.includes('"errors"')) return undefined;
  try {
    const parsed = JSON.parse(json) as { errors?: { extensions?: { code?: unknown } }[] };
    const c = parsed.errors?.[0]?.extensions?.code;
    return typeof c === 'string' ? c : parsed.errors?.length ? 'ERROR' : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, json: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(json));
}

/** Answers without reading the rest of an oversized body, and closes the connection. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, reason: string, message: string, setCode: (c: string) => void): void {
  setCode('BAD_REQUEST');
  httpRefusals.inc({ reason });
  res.setHeader('connection', 'close');
  send(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  req.resume();
}

/** The whole body; or why not: over the limit, not in time, or the client went away. */
function readBody(req: IncomingMessage, timeoutMs: number): Promise<Buffer | 'too_large' | 'timeout' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (v: Buffer | 'too_large' | 'timeout' | 'aborted') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
      resolve(v);
    };
    const timer = setTimeout(() => settle('timeout'), timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        settle('too_large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => settle(Buffer.concat(chunks));
    const onAbort = () => {
      if (!req.complete) settle('aborted');
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
  });
}
