import { AutocompleteInput, Datagrid, DateField, List, ReferenceInput, SearchInput, TextField } from 'react-admin';

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
      <DateField source="createdAt" locales="en-GB" />
    </Datagrid>
  </List>
);
