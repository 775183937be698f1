import { AsyncLocalStorage } from 'node:async_hooks';
import { languageFromHeader, type Language } from './messages';

/**
 * The language one request is answered in: what its Accept-Language asks for (English or Welsh,
 * whichever it ranks higher), else the signed-in person's own language (users.locale), else
 * English. Made by the GraphQL handler before anything else runs, so its own refusals, a failed
 * sign-in and every error Apollo formats are in the same language; carried on the request
 * context (ctx.language) for services that write text for the caller.
 */
export class RequestLanguage {
  /** The signed-in person's language, once the context knows who they are. */
  profile: Language | null = null;
  constructor(readonly asked: Language | null) {}

  static fromHeader(acceptLanguage: string | string[] | undefined): RequestLanguage {
    return new RequestLanguage(languageFromHeader(acceptLanguage));
  }

  get language(): Language {
    return this.asked ?? this.profile ?? 'en';
  }
}

const current = new AsyncLocalStorage<RequestLanguage>();

/** Runs `fn` (a request's whole handling) with its language. */
export const withLanguage = <T>(language: RequestLanguage, fn: () => T): T => current.run(language, fn);

/** The language of the request being handled; English outside any request (the worker, logs). */
export const currentLanguage = (): Language => current.getStore()?.language ?? 'en';
