import {
  AutocompleteInput,
  BooleanInput,
  Datagrid,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  TextField,
} from 'react-admin';
import { DateField } from '../i18n/DateField';
import { notificationKindChoices } from '../choices';
import { MarkReadButton } from './MarkReadButton';
import { ListActions } from '../common/ExportAll';
import { BulkMarkReadButton } from './BulkMarkReadButton';

const filters = [
  <BooleanInput key="unreadOnly" source="unreadOnly" alwaysOn />,
  <ReferenceInput key="councilId" source="councilId" reference="councils">
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

/** The API lists notifications newest first and sorts by nothing else; a row opens to show the text. */
export const NotificationList = () => (
  <List filters={filters} actions={<ListActions />}>
    <Datagrid
      rowClick="expand"
      expand={<TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />}
      bulkActionButtons={<BulkMarkReadButton />}
    >
      <TextField source="subject" sortable={false} />
      <ReferenceField source="councilId" reference="councils" sortable={false} />
      <SelectField source="kind" choices={notificationKindChoices} sortable={false} />
      <DateField source="dueDate" sortable={false} />
      <DateField source="createdAt" showTime sortable={false} />
      <DateField source="readAt" showTime sortable={false} />
      <MarkReadButton />
    </Datagrid>
  </List>
);
