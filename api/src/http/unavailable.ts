import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import type { ServerResponse } from 'node:http';
import { msg, type Language } from '../common/messages';
import { currentLanguage } from '../common/language';

/** Seconds a caller is asked to wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 2;

export const UNAVAILABLE_MESSAGE = msg('http.busy').in('en');
/** The 503 message in a language (the request's, by default). */
export const unavailableMessage = (lang: Language = currentLanguage()) => msg('http.busy').in(lang);

/**
 * The answer when the database cannot be reached in time (no pool connection within
 * PG_ACQUIRE_TIMEOUT_MS, Postgres down or restarting, a statement past statement_timeout):
 * HTTP 503 with Retry-After and code SERVICE_UNAVAILABLE. Thrown from the context function,
 * Apollo applies extensions.http; from a resolver, the GraphQL handler rewrites the response.
 */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(unavailableMessage(), {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      retryAfter: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** Writes the 503 answer straight to the response. */
export function sendUnavailable(res: ServerResponse, lang: Language = currentLanguage()): void {
  res.statusCode = 503;
  res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ errors: [{ message: unavailableMessage(lang), extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: RETRY_AFTER_SECONDS } }] }));
}
