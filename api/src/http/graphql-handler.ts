import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { RateLimited } from '../common/rate-limit';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * GraphQL over HTTP straight on node:http (what @as-integrations/express5 does,
 * without Express's routing, body parser and ETag hashing on the hot path):
 * rate limit first, then a JSON body of at most 1 MB, then Apollo.
 */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  rateLimit: (headers: IncomingMessage['headers']) => Promise<RateLimited | null>,
  context: (req: IncomingMessage) => Promise<C>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const limited = await rateLimit(req.headers);
    if (limited) {
      res.setHeader('Retry-After', String(limited.retryAfter));
      return send(res, 429, { errors: [{ message: limited.message, extensions: { code: 'RATE_LIMITED', retryAfter: limited.retryAfter } }] });
    }
    let body: unknown;
    if (req.method === 'POST') {
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_BODY_BYTES) return refuse(req, res, 413, 'The request body is larger than 1 MB');
      const raw = await readBody(req);
      if (raw === null) return refuse(req, res, 413, 'The request body is larger than 1 MB');
      if (/^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
        try {
          body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
        } catch {
          return send(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
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
      context: () => context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

function send(res: ServerResponse, status: number, json: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(json));
}

/** Answers without reading the rest of an oversized body, and closes the connection. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  res.setHeader('connection', 'close');
  send(res, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  req.resume();
}

/** The whole body, or null once it passes the limit. */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
