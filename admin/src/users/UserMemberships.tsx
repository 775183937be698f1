import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Box, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CanAccess,
  CreateBase,
  Datagrid,
  DeleteButton,
  Form,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  SaveButton,
  SelectField,
  SelectInput,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../i18n/DateField';
import { roleChoices } from '../choices';
import type { User } from '../types';
import { validateRequired } from './validation';

/** A one-line form adding a membership; it starts empty again after each one. */
const AddMembership = ({ userId }: { userId: string }) => {
  const notify = useNotify();
  const [added, setAdded] = useState(0);
  return (
    <CreateBase
      key={added}
      resource="memberships"
      record={{ userId }}
      redirect={false}
      // <CanAccess> below decides whether the form shows at all; CreateBase's own check would
      // send people without the right to the access-denied page instead of just hiding it.
      disableAuthentication
      mutationOptions={{
        onSuccess: () => {
          notify('accord.users.membership_added', { type: 'success' });
          setAdded(added + 1);
        },
      }}
    >
      <Form>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'flex-start' }}>
          <ReferenceInput source="councilId" reference="councils">
            <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 280 }} />
          </ReferenceInput>
          <SelectInput source="role" choices={roleChoices} validate={validateRequired} />
          <SaveButton
            label="accord.users.add_membership"
            icon={<AddIcon />}
            sx={{ mt: 1, flexShrink: 0, whiteSpace: 'nowrap' }}
          />
        </Stack>
      </Form>
    </CreateBase>
  );
};

/** The person's memberships at councils in the caller's scope, with add and remove. */
export const UserMemberships = () => {
  const record = useRecordContext<User>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="user-memberships">
      <Typography variant="h6" gutterBottom>
        {translate('resources.memberships.name', { smart_count: 2 })}
      </Typography>
      <ReferenceManyField reference="memberships" target="userId" perPage={200}>
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <ReferenceField source="councilId" reference="councils" sortable={false} />
          <SelectField source="role" choices={roleChoices} sortable={false} />
          <DateField source="createdAt" sortable={false} />
          <DeleteButton mutationMode="pessimistic" redirect={false} label="ra.action.remove" />
        </Datagrid>
      </ReferenceManyField>
      <CanAccess resource="memberships" action="create">
        <AddMembership userId={record.id} />
      </CanAccess>
    </Box>
  );
};
