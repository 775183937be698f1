import AccountTreeIcon from '@mui/icons-material/AccountTree';
import {
  Button,
  CreateButton,
  Datagrid,
  FilterButton,
  LinkBase,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useBasename,
} from 'react-admin';
import { DateField } from '../i18n/DateField';
import { kindChoices, nationChoices } from '../choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <SelectInput key="nation" source="nation" choices={nationChoices} />,
];

const CouncilListActions = () => {
  const basename = useBasename();
  return (
    <TopToolbar>
      <FilterButton />
      <Button component={LinkBase} to={`${basename}/councils/tree`} label="accord.councils.tree">
        <AccountTreeIcon />
      </Button>
      <CreateButton />
    </TopToolbar>
  );
};

export const CouncilList = () => (
  <List filters={filters} actions={<CouncilListActions />} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <Datagrid bulkActionButtons={false} data-testid="council-list">
      <TextField source="name" />
      <TextField source="slug" />
      <SelectField source="kind" choices={kindChoices} />
      <SelectField source="nation" choices={nationChoices} />
      <ReferenceField source="parentId" reference="councils" sortable={false} />
      <DateField source="nextReviewDue" />
    </Datagrid>
  </List>
);
