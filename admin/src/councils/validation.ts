import { maxLength, regex, required } from 'react-admin';

/** The API's slug rule: 2 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit. */
const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$/;

export const validateName = [required(), maxLength(200)];
export const validateSlug = [required(), regex(SLUG_PATTERN, 'accord.validation.slug')];
export const validateKind = required();
export const validateNation = required();

/** 'HH:MM', 24-hour, 06:00 to 23:59, as the API takes a council's response cut-off; empty for none. */
export const validateCutOff = regex(/^(0[6-9]|1\d|2[0-3]):[0-5]\d$/, 'councils.settings.cut_off_invalid');
