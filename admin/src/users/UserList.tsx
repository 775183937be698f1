import { Chip, Stack } from '@mui/material';
import { AutocompleteInput, Datagrid, FunctionField, List, ReferenceInput, SearchInput, TextField, useGetMany, useListContext, useTranslate } from 'react-admin';
import { DateField } from '../i18n/DateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="councilId" source="councilId" reference="councils">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

interface UserRow {
  id: string;
  platformAdmin: boolean;
  inviteExpiresAt: string | null;
  memberships?: { councilId: string; role: string }[];
}

/** Each council the person serves and their role there ("Cwmbran Community Council · Clerk"), names read once per page. */
const Memberships = ({ record }: { record: UserRow }) => {
  const translate = useTranslate();
  const { data: rows = [] } = useListContext<UserRow>();
  const ids = [...new Set(rows.flatMap((r) => (r.memberships ?? []).map((m) => m.councilId)))];
  const { data: councils = [] } = useGetMany<{ id: string; name: string }>('councils', { ids }, { enabled: ids.length > 0 });
  const nameOf = (id: string) => councils.find((c) => c.id === id)?.name ?? '…';
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap data-testid="user-memberships">
      {record.platformAdmin && <Chip size="small" color="secondary" label={translate('accord.users.platform_admin')} />}
      {(record.memberships ?? []).map((m) => (
        <Chip key={m.councilId} size="small" variant="outlined" label={`${nameOf(m.councilId)} · ${translate(`accord.role.${m.role}`)}`} data-role={m.role} />
      ))}
      {record.inviteExpiresAt && <Chip size="small" color="warning" variant="outlined" label={translate('accord.users.invited')} />}
    </Stack>
  );
};

export const UserList = () => (
  <List filters={filters} sort={{ field: 'email', order: 'ASC' }} exporter={false}>
    <Datagrid bulkActionButtons={false}>
      <TextField source="email" />
      <TextField source="displayName" />
      <FunctionField<UserRow> label="accord.users.councils_roles" render={(r) => <Memberships record={r} />} />
      <DateField source="createdAt" />
    </Datagrid>
  </List>
);
