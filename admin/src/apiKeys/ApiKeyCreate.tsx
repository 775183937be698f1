import { useState } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  maxLength,
  ReferenceInput,
  required,
  SimpleForm,
  TextInput,
  useRedirect,
} from 'react-admin';
import type { CreatedApiKey } from '../types';
import { SecretDialog } from './SecretDialog';

const validateName = [required(), maxLength(200)];
const validateCouncil = required();

/** Creates a key, then shows its secret once before going back to the list. */
export const ApiKeyCreate = () => {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create redirect={false} mutationOptions={{ onSuccess: (key: CreatedApiKey) => setCreated(key) }}>
        <SimpleForm defaultValues={{ includeDescendants: false }}>
          <TextInput source="name" validate={validateName} />
          <ReferenceInput source="councilId" reference="councils">
            <AutocompleteInput optionText="name" validate={validateCouncil} />
          </ReferenceInput>
          <BooleanInput source="includeDescendants" helperText="accord.apiKeys.include_descendants_help" />
        </SimpleForm>
      </Create>
      {created && <SecretDialog apiKey={created} onDone={() => redirect('list', 'apiKeys')} />}
    </>
  );
};
