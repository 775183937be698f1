import { Datagrid, type Exporter, List, SearchInput, SelectField, TextField, useTranslate } from 'react-admin';
import { DateField } from '../i18n/DateField';
import { kindChoices } from '../choices';
import { ListActions } from '../common/ExportAll';
import { downloadCsv, toCsv } from '../reports/csv';
import type { Council } from '../types';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** The protocols listed (every council of the search), as CSV: one row per council, whether it has an adopted protocol, its next review. */
const protocolExporter: Exporter<Council> = (records) =>
  downloadCsv(
    'protocols.csv',
    toCsv(
      ['council', 'kind', 'adopted_protocol', 'next_review_due', 'council_id'],
      records.map((r) => [r.name, r.kind, r.hasAdoptedProtocol ? 'yes' : 'no', r.nextReviewDue, r.id]),
    ),
  );

/** One protocol per council: the councils in scope, each opening its protocol (paged and sorted by the API). */
export const ProtocolList = () => {
  const translate = useTranslate();
  return (
    <List title={translate('protocols.list.title')} filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={protocolExporter} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="protocol-list">
        <TextField source="name" label="protocols.list.council" />
        <SelectField source="kind" label="protocols.list.kind" choices={kindChoices} />
        <DateField source="nextReviewDue" label="protocols.list.next_review" />
      </Datagrid>
    </List>
  );
};
