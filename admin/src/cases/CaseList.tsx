import { Box, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  FunctionField,
  Link,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useCreatePath,
  usePermissions,
} from 'react-admin';
import type { Permissions } from '../types';
import { ResponsiveList } from '../common/ResponsiveList';
import { ExportAllButton } from '../common/ExportAll';
import { ActiveFilters } from './ActiveFilters';
import { downloadCsv, toCsv } from '../reports/csv';
import { DeadlineChip } from './DeadlineChip';
import { londonToday, useDates } from './dates';
import { StatusChip } from './StatusChip';
import { CASE_KINDS, CASE_STATUSES, type CaseRecord } from './types';
import { useProtocolVocabulary } from './useProtocolVocabulary';
import { CONCERN_KINDS, ENQUIRY_CATEGORIES } from '../protocols/vocab';
import { useT } from './useT';

/** The cases listed (with the filters in use, every one), as CSV: one row per case, dates as YYYY-MM-DD. */
const caseExporter = (records: CaseRecord[]) =>
  downloadCsv(
    'cases.csv',
    toCsv(
      ['reference', 'subject', 'council_id', 'kind', 'category', 'concern', 'status', 'received_at', 'acknowledge_by', 'respond_by', 'next_deadline', 'handler_role', 'raised_by'],
      records.map((r) => [r.reference, r.subject, r.councilId, r.kind, r.category, r.concern, r.status, r.receivedAt, r.acknowledgeBy, r.respondBy, r.nextDeadline, r.handlerRole, r.raisedByName]),
    ),
  );

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
      <ExportAllButton />
      <CreateButton label={t('casework.list.record')} />
    </TopToolbar>
  );
};

/** What the case is: its category or kind of concern. */
export const CaseWhat = ({ record }: { record: CaseRecord }) => {
  const t = useT();
  // The council's own words need its protocol's titles (one cached request per council); built-in ones do not.
  const own = record.category ? !(ENQUIRY_CATEGORIES as readonly string[]).includes(record.category.toLowerCase()) : !!record.concern && !(CONCERN_KINDS as readonly string[]).includes(record.concern.toLowerCase());
  const vocabulary = useProtocolVocabulary(own ? record.councilId : null);
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2">{t(`casework.kind.${record.kind}`)}</Typography>
      <Typography variant="caption" color="text.secondary">
        {record.category ? vocabulary.categoryTitle(record.category) : record.concern ? vocabulary.concernTitle(record.concern) : ''}
      </Typography>
    </Stack>
  );
};

/** The role a case is with, in its council's own title ("Town Clerk"), from the council's adopted protocol. */
export const HandlerTitle = ({ record }: { record: CaseRecord }) => {
  const vocabulary = useProtocolVocabulary(record.handlerRole ? record.councilId : null);
  return <>{record.handlerRole ? vocabulary.title(record.handlerRole) : '—'}</>;
};

/** The case's reference as a link to it: rows open from the keyboard (Tab to the reference, Enter). */
const ReferenceLink = ({ record }: { record: CaseRecord }) => {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: 'cases', type: 'show', id: record.id })} onClick={(e: React.MouseEvent) => e.stopPropagation()} data-testid="case-link" sx={{ whiteSpace: "nowrap" }}>
      {record.reference}
    </Link>
  );
};

/** Cases of the councils in scope, paged, filtered and sorted by the API: a table, or cards on a phone. */
export const CaseList = () => {
  const t = useT();
  const dates = useDates();
  const filters = useFilters();
  const today = londonToday();
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'nextDeadline', order: 'ASC' }}
      exporter={caseExporter}
      empty={false}
      title={t('resources.cases.name', { smart_count: 2 })}
    >
      <ActiveFilters />
      <ResponsiveList
        below="md"
        phone={
          <SimpleList<CaseRecord>
            data-testid="case-cards"
            rowClick="show"
            primaryText={(r) => (
              <Stack component="span" direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
                <Typography component="span" variant="body2" fontWeight={600}>
                  {r.subject}
                </Typography>
                <StatusChip status={r.status} />
              </Stack>
            )}
            secondaryText={(r) => (
              <Stack component="span" spacing={0.5} sx={{ mt: 0.5 }}>
                <Typography component="span" variant="caption" color="text.secondary">
                  {r.reference} · {t(`casework.kind.${r.kind}`)} · {r.raisedByName}
                </Typography>
                <Box component="span">{r.nextDeadline ? <DeadlineChip date={r.nextDeadline} today={today} /> : null}</Box>
                <Typography component="span" variant="caption" color="text.secondary">
                  {t('resources.cases.fields.handlerRole')}: <HandlerTitle record={r} />
                </Typography>
              </Stack>
            )}
            rowSx={() => ({ borderBottom: 1, borderColor: 'divider', alignItems: 'flex-start' })}
          />
        }
      >
        <Datagrid bulkActionButtons={false} rowClick="show" data-testid="case-list">
          <FunctionField<CaseRecord> source="reference" label={t('resources.cases.fields.reference')} render={(r) => <ReferenceLink record={r} />} />
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
          <FunctionField<CaseRecord> label={t('resources.cases.fields.handlerRole')} sortable={false} render={(r) => <HandlerTitle record={r} />} />
          <FunctionField<CaseRecord> source="receivedAt" label={t('resources.cases.fields.receivedAt')} render={(r) => dates.dateTime(r.receivedAt)} />
        </Datagrid>
      </ResponsiveList>
    </List>
  );
};
