import { Box, Chip, Stack } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  useGetMany,
  useListContext,
  useTranslate,
  type Exporter,
} from 'react-admin';
import { DateField } from '../i18n/DateField';
import { downloadCsv, toCsv } from '../reports/csv';
import { roleChoices } from '../choices';
import { ResponsiveList } from '../common/ResponsiveList';
import { ListActions } from '../common/ExportAll';

const useFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="councilId" source="councilId" reference="councils" alwaysOn>
      <AutocompleteInput optionText="name" label={translate('users_list.council')} sx={{ minWidth: 260 }} />
    </ReferenceInput>,
    <SelectInput key="role" source="role" label={translate('users_list.role_filter')} choices={roleChoices} alwaysOn />,
  ];
};

interface UserRow {
  id: string;
  email: string;
  displayName: string;
  platformAdmin: boolean;
  inviteExpiresAt: string | null;
  createdAt: string;
  memberships?: { councilId: string; role: string }[];
}

/** The names of the councils on this page, read once per page. */
const useCouncilNames = () => {
  const { data: rows = [] } = useListContext<UserRow>();
  const ids = [...new Set(rows.flatMap((r) => (r.memberships ?? []).map((m) => m.councilId)))];
  const { data: councils = [] } = useGetMany<{ id: string; name: string }>('councils', { ids }, { enabled: ids.length > 0 });
  return (id: string) => councils.find((c) => c.id === id)?.name ?? '…';
};

/** Each council the person serves, one a line; the Role column's lines match these. */
const Councils = ({ record }: { record: UserRow }) => {
  const nameOf = useCouncilNames();
  return (
    <Stack spacing={0.5} data-testid="user-councils">
      {(record.memberships ?? []).map((m) => (
        <Box key={m.councilId} sx={{ minHeight: 24, display: 'flex', alignItems: 'center' }}>
          {nameOf(m.councilId)}
        </Box>
      ))}
    </Stack>
  );
};

/** Their role at each council (in the Council column's order), platform admin, and a pending invitation. */
const Roles = ({ record }: { record: UserRow }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5} alignItems="flex-start" data-testid="user-roles">
      {(record.memberships ?? []).map((m) => (
        <Chip key={m.councilId} size="small" variant="outlined" label={translate(`accord.role.${m.role}`)} data-role={m.role} />
      ))}
      {record.platformAdmin && <Chip size="small" color="secondary" label={translate('accord.users.platform_admin')} />}
      {record.inviteExpiresAt && <Chip size="small" color="warning" variant="outlined" label={translate('accord.users.invited')} />}
    </Stack>
  );
};

/** The people listed (with the filters in use), as CSV: one line per person and council, with the council's name and the role. */
const userExporter: Exporter<UserRow> = async (records, _fetchRelated, dataProvider) => {
  const ids = [...new Set(records.flatMap((r) => (r.memberships ?? []).map((m) => m.councilId)))];
  const { data: councils } = ids.length ? await dataProvider.getMany<{ id: string; name: string }>('councils', { ids }) : { data: [] };
  const nameOf = (id: string) => councils.find((c) => c.id === id)?.name ?? '';
  const lines = records.flatMap((r) => {
    const base = [r.email, r.displayName];
    const tail = [r.platformAdmin ? 'yes' : 'no', r.inviteExpiresAt ? 'yes' : 'no', r.createdAt?.slice(0, 10)];
    const ms = r.memberships ?? [];
    return ms.length ? ms.map((m) => [...base, nameOf(m.councilId), m.councilId, m.role.toLowerCase(), ...tail]) : [[...base, '', '', '', ...tail]];
  });
  downloadCsv('users.csv', toCsv(['email', 'display_name', 'council', 'council_id', 'role', 'platform_admin', 'invited', 'created_at'], lines));
};

/** At phone width a person is a few lines (name; e-mail; each council with the role there), not a 695 px table row. */
const UserLines = () => (
  <SimpleList<UserRow>
    data-testid="user-lines"
    primaryText={(r) => r.displayName}
    secondaryText={(r) => (
      <Stack component="span" spacing={0.5} sx={{ mt: 0.25 }}>
        <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
          {r.email}
        </Box>
        <MembershipLines record={r} />
      </Stack>
    )}
    rowSx={() => ({ borderBottom: 1, borderColor: 'divider', alignItems: 'flex-start' })}
  />
);

/** Each council the person serves with their role there (and platform admin, a pending invitation), for the phone layout. */
const MembershipLines = ({ record }: { record: UserRow }) => {
  const translate = useTranslate();
  const nameOf = useCouncilNames();
  return (
    <Stack component="span" spacing={0.5} alignItems="flex-start" data-testid="user-memberships">
      {(record.memberships ?? []).map((m) => (
        <Stack key={m.councilId} component="span" direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
          <Box component="span">{nameOf(m.councilId)}</Box>
          <Chip component="span" size="small" variant="outlined" label={translate(`accord.role.${m.role}`)} data-role={m.role} />
        </Stack>
      ))}
      {(record.platformAdmin || record.inviteExpiresAt) && (
        <Stack component="span" direction="row" spacing={1}>
          {record.platformAdmin && <Chip component="span" size="small" color="secondary" label={translate('accord.users.platform_admin')} />}
          {record.inviteExpiresAt && <Chip component="span" size="small" color="warning" variant="outlined" label={translate('accord.users.invited')} />}
        </Stack>
      )}
    </Stack>
  );
};

export const UserList = () => (
  <List filters={useFilters()} sort={{ field: 'email', order: 'ASC' }} exporter={userExporter} actions={<ListActions />}>
    <ResponsiveList phone={<UserLines />}>
      <Datagrid bulkActionButtons={false}>
        <TextField source="email" />
        <TextField source="displayName" />
        <FunctionField<UserRow> label="users_list.council" render={(r) => <Councils record={r} />} />
        <FunctionField<UserRow> label="users_list.role" render={(r) => <Roles record={r} />} />
        <DateField source="createdAt" />
      </Datagrid>
    </ResponsiveList>
  </List>
);
