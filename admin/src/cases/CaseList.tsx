import { Box, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import type { Permissions } from '../types';
import { DeadlineChip } from './DeadlineChip';
import { londonToday, useDates } from './dates';
import { StatusChip } from './StatusChip';
import { CASE_KINDS, CASE_STATUSES, type CaseRecord } from './types';
import { useRoleTitle } from '../common/roleTitle';
import { useT } from './useT';

/** "Overdue only": a switch that filters on live cases with a deadline before today (overdueOn = today). */
const OverdueInput = (props: { source: string; label: string; alwaysOn?: boolean }) => (
  <BooleanInput {...props} format={(v: unknown) => !!v} parse={(checked: boolean) => (checked ? londonToday() : undefined)} />
);

const useFilters = () => {
  const t = useT();
  const { permissions } = usePermissions<Permissions>();
  const severalCouncils = !!permissions && (permissions.platformAdmin || permissions.memberships.length > 1 || permissions.memberships.some((m) => m.role === 'MONITORING_OFFICER'));
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={t('resources.cases.fields.q')} />,
    <SelectInput key="status" source="status" label={t('resources.cases.fields.status')} choices={CASE_STATUSES.map((s) => ({ id: s, name: t(`casework.status.${s}`) }))} alwaysOn />,
    <SelectInput key="kind" source="kind" label={t('resources.cases.fields.kind')} choices={CASE_KINDS.map((k) => ({ id: k, name: t(`casework.kind.${k}`) }))} alwaysOn />,
    <OverdueInput key="overdueOn" source="overdueOn" label={t('casework.list.overdue_only')} alwaysOn />,
    ...(severalCouncils
      ? [
          <ReferenceInput key="councilId" source="councilId" reference="councils">
            <AutocompleteInput optionText="name" label={t('resources.cases.fields.councilId')} />
          </ReferenceInput>,
        ]
      : []),
    <DateInput key="dueFrom" source="dueFrom" label={t('resources.cases.fields.dueFrom')} />,
    <DateInput key="dueTo" source="dueTo" label={t('resources.cases.fields.dueTo')} />,
  ];
};

const ListActions = () => {
  const t = useT();
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label={t('casework.list.record')} />
    </TopToolbar>
  );
};

/** What the case is: its category or kind of concern. */
export const CaseWhat = ({ record }: { record: CaseRecord }) => {
  const t = useT();
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2">{t(`casework.kind.${record.kind}`)}</Typography>
      <Typography variant="caption" color="text.secondary">
        {record.category ? t(`casework.category.${record.category}`) : record.concern ? t(`casework.concern.${record.concern}`) : ''}
      </Typography>
    </Stack>
  );
};

/** Cases of the councils in scope, paged, filtered and sorted by the API. */
export const CaseList = () => {
  const t = useT();
  const roleTitle = useRoleTitle();
  const dates = useDates();
  const filters = useFilters();
  const today = londonToday();
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'nextDeadline', order: 'ASC' }}
      exporter={false}
      empty={false}
      title={t('resources.cases.name', { smart_count: 2 })}
    >
      <Datagrid bulkActionButtons={false} rowClick="show" data-testid="case-list">
        <TextField source="reference" label={t('resources.cases.fields.reference')} />
        <FunctionField<CaseRecord>
          source="subject"
          label={t('resources.cases.fields.subject')}
          render={(r) => (
            <Box>
              <Typography variant="body2" fontWeight={500}>
                {r.subject}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {r.raisedByName}
              </Typography>
            </Box>
          )}
        />
        <ReferenceField source="councilId" reference="councils" label={t('resources.cases.fields.councilId')} sortable={false} link={false} />
        <FunctionField<CaseRecord> label={t('resources.cases.fields.kind')} sortable={false} render={(r) => <CaseWhat record={r} />} />
        <FunctionField<CaseRecord> source="status" label={t('resources.cases.fields.status')} render={(r) => <StatusChip status={r.status} />} />
        <FunctionField<CaseRecord>
          source="nextDeadline"
          label={t('resources.cases.fields.nextDeadline')}
          render={(r) => (r.nextDeadline ? <DeadlineChip date={r.nextDeadline} today={today} /> : <Typography variant="caption" color="text.secondary">—</Typography>)}
        />
        <FunctionField<CaseRecord> label={t('resources.cases.fields.handlerRole')} sortable={false} render={(r) => roleTitle(r.handlerRole)} />
        <FunctionField<CaseRecord> source="receivedAt" label={t('resources.cases.fields.receivedAt')} render={(r) => dates.dateTime(r.receivedAt)} />
      </Datagrid>
    </List>
  );
};
