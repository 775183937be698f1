import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Datagrid,
  type Exporter,
  List,
  ReferenceField,
  ReferenceInput,
  TextField,
} from 'react-admin';
import { DateField } from '../i18n/DateField';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';
import { downloadCsv, toCsv } from '../reports/csv';
import { ListActions } from '../common/ExportAll';
import type { ApiKey, Council } from '../types';

/** The keys shown as CSV (never a secret: the API has only each key's prefix). */
const apiKeyExporter: Exporter<ApiKey> = async (records, fetchRelatedRecords) => {
  const councils = await fetchRelatedRecords<Council>(records, 'councilId', 'councils');
  downloadCsv(
    'api-keys.csv',
    toCsv(
      ['name', 'prefix', 'council', 'include_descendants', 'created_at', 'last_used_at', 'revoked_at', 'active'],
      records.map((r) => [r.name, r.prefix, councils[r.councilId]?.name ?? '', String(r.includeDescendants), r.createdAt, r.lastUsedAt, r.revokedAt, String(r.active)]),
    ),
  );
};

const filters = [
  <BooleanInput key="includeRevoked" source="includeRevoked" alwaysOn />,
  <ReferenceInput key="councilId" source="councilId" reference="councils">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The API lists keys newest first and sorts by nothing else. */
export const ApiKeyList = () => (
  <List filters={filters} exporter={apiKeyExporter} actions={<ListActions />}>
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
