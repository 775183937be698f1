import type { GraphQLFormattedError } from 'graphql';

/**
 * graphql-js appends "Did you mean …?" to errors about unknown fields, arguments, types,
 * input fields and enum values (in documents and in variables), which lets anyone map a
 * schema whose introspection is off. graphql-armor only masks the field form, during
 * validation; this takes every form out of every error's message.
 */
export const withoutSuggestions = (message: string): string =>
  message
    .replace(/\s*Did you mean [^?]*\?/g, '')
    .replace(/\s*\[Suggestion hidden\]\??/g, '') // what graphql-armor leaves of the field form
    .trim();

/** Wraps formatError so that, when `hide` (production, or introspection off), no message suggests a name. */
export function hideSuggestions<E>(format: (formatted: GraphQLFormattedError, error: E) => GraphQLFormattedError, hide: boolean) {
  if (!hide) return format;
  return (formatted: GraphQLFormattedError, error: E): GraphQLFormattedError => {
    const out = format(formatted, error);
    return { ...out, message: withoutSuggestions(out.message) };
  };
}
