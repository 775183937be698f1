import { maxLength, regex, required } from 'react-admin';

/** The API's slug rule: 2 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit. */
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/;

export const validateName = [required(), maxLength(200)];
export const validateSlug = [required(), regex(SLUG_PATTERN, 'accord.validation.slug')];
export const validateKind = required();
export const validateNation = required();
