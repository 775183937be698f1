import { AutocompleteInput, Datagrid, List, ReferenceInput, SearchInput, TextField } from 'react-admin';
import { DateField } from '../i18n/DateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="councilId" source="councilId" reference="councils">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

export const UserList = () => (
  <List filters={filters} sort={{ field: 'email', order: 'ASC' }} exporter={false}>
    <Datagrid bulkActionButtons={false}>
      <TextField source="email" />
      <TextField source="displayName" />
      <DateField source="createdAt" />
    </Datagrid>
  </List>
);
