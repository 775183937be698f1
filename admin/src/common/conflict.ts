import { isApiError } from '../graphql';

/**
 * Safe editing: every update carries the version that was read. The API answers a stale one
 * with CONFLICT and extensions { expectedVersion, actualVersion } (api/src/common/errors.ts
 * staleVersion). A CONFLICT naming a field (a clause number already taken) is a field error,
 * not a stale version; other CONFLICTs (a draft that cannot be adopted yet) are messages.
 */
export function isStaleVersion(e: unknown): boolean {
  return isApiError(e) && e.code === 'CONFLICT' && !e.field && 'expectedVersion' in (e.extensions ?? {});
}

/**
 * The API's field errors (BAD_USER_INPUT, or a CONFLICT naming a field) as react-hook-form
 * submission errors: `extensions.field` "rule.steps.3.handler" becomes "steps.3.handler" when
 * the form's values are the rule itself (prefix "rule."). The message is the API's own, without
 * the field name it starts with. Returns undefined when the error names no field.
 */
export function fieldErrorsOf(e: unknown, prefix = ''): Record<string, string> | undefined {
  if (!isApiError(e) || !e.field || (e.code !== 'BAD_USER_INPUT' && e.code !== 'CONFLICT')) return undefined;
  const message = e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
  let field = e.field;
  if (prefix && field.startsWith(prefix)) field = field.slice(prefix.length);
  else if (prefix && field === prefix.replace(/\.$/, '')) field = 'root.serverError';
  return { [field]: message, ...(field === 'root.serverError' ? {} : { 'root.serverError': `${e.field}: ${message}` }) };
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
