import { NotificationKind } from './generated/graphql';
import { COUNCIL_KINDS, LOCALES, NATIONS, ROLES } from './types';
import { valuesOf } from './vocabularies';

/** Select choices whose labels are translation keys (react-admin translates choice names). */
const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `accord.${prefix}.${id}` }));

export const kindChoices = choices(COUNCIL_KINDS, 'kind');
export const nationChoices = choices(NATIONS, 'nation');
export const roleChoices = choices(ROLES, 'role');
export const localeChoices = choices(LOCALES, 'locale');
export const notificationKindChoices = choices(valuesOf(NotificationKind), 'notification_kind');
