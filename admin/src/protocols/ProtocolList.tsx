import { Datagrid, List, SearchInput, SelectField, TextField, useTranslate } from 'react-admin';
import { DateField } from '../i18n/DateField';
import { kindChoices } from '../choices';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** One protocol per council: the councils in scope, each opening its protocol (paged and sorted by the API). */
export const ProtocolList = () => {
  const translate = useTranslate();
  return (
    <List title={translate('protocols.list.title')} filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false} data-testid="protocol-list">
        <TextField source="name" label="protocols.list.council" />
        <SelectField source="kind" label="protocols.list.kind" choices={kindChoices} />
        <DateField source="nextReviewDue" label="protocols.list.next_review" />
      </Datagrid>
    </List>
  );
};
