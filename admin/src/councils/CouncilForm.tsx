import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { kindChoices, nationChoices } from '../choices';
import type { Council } from '../types';
import { validateCutOff, validateKind, validateName, validateNation, validateSlug } from './validation';

/** The inputs of a council, for both create and edit. */
export const CouncilForm = () => {
  const record = useRecordContext<Council>();
  // Editing: only a monitoring officer above the council (or a platform admin) may move it.
  const { canAccess: canMove = false } = useCanAccess({ resource: 'councils', action: 'move', record, enabled: !!record });
  const parentFixed = !!record && !canMove;
  return (
    <SimpleForm>
      <TextInput source="name" validate={validateName} />
      <TextInput source="slug" validate={validateSlug} />
      <SelectInput source="kind" choices={kindChoices} validate={validateKind} />
      <SelectInput source="nation" choices={nationChoices} validate={validateNation} />
      <ReferenceInput source="parentId" reference="councils">
        <AutocompleteInput
          optionText="name"
          readOnly={parentFixed}
          helperText={parentFixed ? 'accord.councils.parent_fixed' : undefined}
        />
      </ReferenceInput>
      <DateInput source="nextReviewDue" />
      {record && (
        <TextInput
          source="responseCutOff"
          type="time"
          validate={validateCutOff}
          parse={(v: string) => (v ? v.slice(0, 5) : null)}
          helperText="councils.settings.cut_off_help"
          sx={{ maxWidth: 260 }}
        />
      )}
    </SimpleForm>
  );
};
