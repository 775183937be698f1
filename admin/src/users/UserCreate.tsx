import {
  AutocompleteInput,
  Create,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { localeChoices, roleChoices } from '../choices';
import { validateDisplayName, validateEmail, validateNewPassword, validateRequired } from './validation';

/** A new person, with their first membership. */
export const UserCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ locale: 'en' }}>
      <TextInput source="email" type="email" validate={validateEmail} />
      <TextInput source="displayName" validate={validateDisplayName} />
      <PasswordInput
        source="password"
        validate={validateNewPassword}
        helperText="accord.users.password_help"
        autoComplete="new-password"
      />
      <ReferenceInput source="councilId" reference="councils">
        <AutocompleteInput optionText="name" validate={validateRequired} />
      </ReferenceInput>
      <SelectInput source="role" choices={roleChoices} validate={validateRequired} />
      <SelectInput source="locale" choices={localeChoices} validate={validateRequired} />
    </SimpleForm>
  </Create>
);
