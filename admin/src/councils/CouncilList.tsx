import AccountTreeIcon from '@mui/icons-material/AccountTree';
import {
  Button,
  CreateButton,
  Datagrid,
  type Exporter,
  FilterButton,
  LinkBase,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useBasename,
  useTranslate,
} from 'react-admin';
import { DateField } from '../i18n/DateField';
import { kindChoices, nationChoices } from '../choices';
import { downloadCsv, toCsv } from '../reports/csv';
import type { Council } from '../types';
import { ResponsiveList } from '../common/ResponsiveList';
import { ExportAllButton } from '../common/ExportAll';

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
      <ExportAllButton />
    </TopToolbar>
  );
};

/** The councils shown (with the filters applied) as CSV: one row each, its parent by name. */
const councilExporter: Exporter<Council> = async (records, fetchRelatedRecords) => {
  const parents = await fetchRelatedRecords<Council>(records, 'parentId', 'councils');
  downloadCsv(
    'councils.csv',
    toCsv(
      ['name', 'slug', 'kind', 'nation', 'parent', 'next_review_due', 'id'],
      records.map((r) => [r.name, r.slug, r.kind, r.nation, r.parentId ? (parents[r.parentId]?.name ?? '') : '', r.nextReviewDue, r.id]),
    ),
  );
};

/** At phone width a council is a line (name; kind · nation · next review), not a 550 px table row. */
const CouncilLines = () => {
  const translate = useTranslate();
  const choice = (choices: { id: string; name: string }[], id: string) => translate(choices.find((c) => c.id === id)?.name ?? id, { _: id });
  return (
    <SimpleList<Council>
      data-testid="council-lines"
      primaryText={(r) => r.name}
      secondaryText={(r) => [choice(kindChoices, r.kind), choice(nationChoices, r.nation)].join(' · ')}
      tertiaryText={(r) => (r.nextReviewDue ? <DateField record={r} source="nextReviewDue" /> : null)}
      linkType="edit"
    />
  );
};

export const CouncilList = () => (
  <List filters={filters} actions={<CouncilListActions />} sort={{ field: 'name', order: 'ASC' }} exporter={councilExporter}>
    <ResponsiveList phone={<CouncilLines />}>
      <Datagrid bulkActionButtons={false} data-testid="council-list">
        <TextField source="name" />
        <TextField source="slug" />
        <SelectField source="kind" choices={kindChoices} />
        <SelectField source="nation" choices={nationChoices} />
        <ReferenceField source="parentId" reference="councils" sortable={false} />
        <DateField source="nextReviewDue" />
      </Datagrid>
    </ResponsiveList>
  </List>
);
