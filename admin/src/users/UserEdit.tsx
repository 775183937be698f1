import { Edit, PasswordInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { localeChoices } from '../choices';
import { UserMemberships } from './UserMemberships';
import { validateDisplayName, validatePassword, validateRequired } from './validation';

export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
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
