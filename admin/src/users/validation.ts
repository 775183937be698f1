import { email, maxLength, minLength, required } from 'react-admin';

export const validateEmail = [required(), email(), maxLength(254)];
export const validateDisplayName = [required(), maxLength(200)];
/** Optional when editing: an empty password leaves it unchanged. */
export const validatePassword = [minLength(12), maxLength(256)];
export const validateNewPassword = [required(), ...validatePassword];
export const validateRequired = required();
/** Needed with a new password of one's own. */
export const validateCurrentPassword = (value: unknown, values: { password?: string }) =>
  values?.password && !value ? 'ra.validation.required' : undefined;
