import {
  Edit,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetIdentity,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { localeChoices } from '../choices';
import { isAppLocale } from '../i18n/merge';
import { rememberChosenLocale } from '../i18n/preferences';
import type { User } from '../types';
import { UserMemberships } from './UserMemberships';
import { validateDisplayName, validatePassword, validateRequired } from './validation';

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
  return (user: User, { previousData }: { previousData?: User }) => {
    notify('resources.users.notifications.updated', {
      type: 'info',
      messageArgs: { smart_count: 1, _: translate('ra.notification.updated', { smart_count: 1 }) },
    });
    redirect('list', 'users', user.id, user);
    const own = identity && String(identity.id) === user.id;
    if (own && user.locale !== previousData?.locale && isAppLocale(user.locale) && user.locale !== locale) {
      rememberChosenLocale(user.id, user.locale);
      setLocale(user.locale);
    }
  };
}

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
      </SimpleForm>
      <UserMemberships />
    </Edit>
  );
};
