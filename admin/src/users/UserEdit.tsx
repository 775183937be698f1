import {
  Edit,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetIdentity,
  useLocaleState,
  useLogout,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { localeChoices } from '../choices';
import { isAppLocale } from '../i18n/merge';
import { rememberChosenLocale } from '../i18n/preferences';
import type { User } from '../types';
import { UserMemberships } from './UserMemberships';
import { validateCurrentPassword, validateDisplayName, validatePassword, validateRequired } from './validation';

/**
 * What react-admin does after a save (says so, back to the list), and: someone who changes their
 * own language here sees the app in it at once, as if they had picked it from the language menu
 * (only when this save changed it: saving their name leaves the language they see alone).
 */
function useOnSaved() {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [locale, setLocale] = useLocaleState();
  const logout = useLogout();
  return (user: User, { data, previousData }: { data?: Partial<User> & { password?: string }; previousData?: User }) => {
    const own = identity && String(identity.id) === user.id;
    // One's own new password ends every session, this one too (the API bumps the token version).
    if (own && data?.password) {
      notify('accord.users.password_changed', { type: 'info' });
      void logout();
      return;
    }
    notify('resources.users.notifications.updated', {
      type: 'info',
      messageArgs: { smart_count: 1, _: translate('ra.notification.updated', { smart_count: 1 }) },
    });
    redirect('list', 'users', user.id, user);
    if (own && user.locale !== previousData?.locale && isAppLocale(user.locale) && user.locale !== locale) {
      rememberChosenLocale(user.id, user.locale);
      setLocale(user.locale);
    }
  };
}

/** Changing one's own password needs the current one (the API refuses without it). */
const CurrentPassword = () => {
  const record = useRecordContext<User>();
  const { identity } = useGetIdentity();
  if (!record || !identity || String(identity.id) !== record.id) return null;
  return (
    <PasswordInput
      source="currentPassword"
      validate={validateCurrentPassword}
      helperText="accord.users.current_password_help"
      autoComplete="current-password"
    />
  );
};

export const UserEdit = () => {
  const onSaved = useOnSaved();
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onSuccess: onSaved }}>
      <SimpleForm>
        <TextInput source="email" readOnly />
        <TextInput source="displayName" validate={validateDisplayName} />
        <SelectInput source="locale" choices={localeChoices} validate={validateRequired} />
        <PasswordInput
          source="password"
          validate={validatePassword}
          helperText="accord.users.password_unchanged"
          autoComplete="new-password"
        />
        <CurrentPassword />
      </SimpleForm>
      <UserMemberships />
    </Edit>
  );
};
