import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Datagrid,
  List,
  ReferenceField,
  ReferenceInput,
  TextField,
} from 'react-admin';
import { DateField } from '../i18n/DateField';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

const filters = [
  <BooleanInput key="includeRevoked" source="includeRevoked" alwaysOn />,
  <ReferenceInput key="councilId" source="councilId" reference="councils">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The API lists keys newest first and sorts by nothing else. */
export const ApiKeyList = () => (
  <List filters={filters} exporter={false}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <TextField source="prefix" sortable={false} sx={{ fontFamily: 'monospace' }} />
      <ReferenceField source="councilId" reference="councils" sortable={false} />
      <BooleanField source="includeDescendants" sortable={false} />
      <DateField source="createdAt" showTime sortable={false} />
      <DateField source="lastUsedAt" showTime sortable={false} />
      <DateField source="revokedAt" showTime sortable={false} />
      <BooleanField source="active" sortable={false} />
      <RevokeApiKeyButton />
    </Datagrid>
  </List>
);
