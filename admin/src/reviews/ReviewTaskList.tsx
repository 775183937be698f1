import { useState } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNote';
import VerifiedIcon from '@mui/icons-material/Verified';
import type { ChipProps } from '@mui/material';
import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField, Tooltip } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  type Exporter,
  FunctionField,
  LinkBase,
  List,
  ReferenceField,
  ReferenceInput,
  SelectArrayInput,
  useBasename,
  useCanAccess,
  useDataProvider,
  useGetManyAggregate,
  useNotify,
  useRefresh,
} from 'react-admin';
import { DeadlineChip } from '../cases/DeadlineChip';
import { useDates } from '../cases/dates';
import type { ReviewTask } from '../cases/types';
import { ReviewTaskStatus } from '../generated/graphql';
import { inOrder } from '../vocabularies';
import { useT } from '../cases/useT';
import type { AccordDataProvider } from '../dataProvider';
import { isApiError } from '../graphql';
import type { Council } from '../types';
import { downloadCsv, toCsv } from '../reports/csv';
import { ListActions } from '../common/ExportAll';

const colour: Record<ReviewTask['status'], ChipProps['color']> = { OPEN: 'warning', OVERDUE: 'error', COMPLETED: 'success' };

const ReviewStatusChip = ({ status }: { status: ReviewTask['status'] }) => {
  const t = useT();
  return <Chip size="small" color={colour[status]} variant={status === 'COMPLETED' ? 'outlined' : 'filled'} label={t(`reviews.status.${status}`)} />;
};

/** Complete a review: reaffirm (with the version that was read), or go to the protocol editor to adopt a new version. */
const ReviewActions = ({ task }: { task: ReviewTask }) => {
  const t = useT();
  const basename = useBasename();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'reviewTasks', action: 'edit', record: task });
  // Batched with the other rows' (and the council column's) into one request.
  const { data: councils } = useGetManyAggregate<Council>('councils', { ids: [task.councilId] });
  const council = councils?.[0];
  const [open, setOpen] = useState(false);
  const [next, setNext] = useState('');
  const [error, setError] = useState<{ stale: boolean; message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);
  if (task.status === 'COMPLETED' || !canAccess) return null;

  const reaffirm = async () => {
    setPending(true);
    try {
      await dataProvider.reaffirmProtocol(task.id, task.version, next || null);
      notify(t('reviews.reaffirmed'), { type: 'success' });
      setOpen(false);
      refresh();
    } catch (e) {
      if (isApiError(e) && e.code === 'CONFLICT') setError({ stale: true, message: t('reviews.conflict') });
      else if (isApiError(e) && e.field === 'nextReviewDue') setError({ stale: false, field: 'nextReviewDue', message: e.message.replace(/^nextReviewDue: /, '') });
      else setError({ stale: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack direction="row" spacing={1} onClick={(e) => e.stopPropagation()}>
      <Button size="small" variant="contained" startIcon={<VerifiedIcon />} onClick={() => setOpen(true)} data-testid="reaffirm">
        {t('reviews.reaffirm')}
      </Button>
      <Tooltip title={t('reviews.adopt_help')}>
        <Button size="small" variant="outlined" startIcon={<EditNoteIcon />} component={LinkBase} to={`${basename}/protocols`}>
          {t('reviews.adopt')}
        </Button>
      </Tooltip>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{t('reviews.reaffirm_title', { council: council?.name ?? '' })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('reviews.reaffirm_content')}</DialogContentText>
            {error && !error.field && (
              <Alert
                severity={error.stale ? 'warning' : 'error'}
                action={
                  error.stale ? (
                    <Button color="inherit" size="small" onClick={() => { setError(null); setOpen(false); refresh(); }}>
                      {t('reviews.reload')}
                    </Button>
                  ) : undefined
                }
              >
                {error.message}
              </Alert>
            )}
            <TextField
              type="date"
              label={t('reviews.next_review')}
              value={next}
              onChange={(e) => setNext(e.target.value)}
              error={error?.field === 'nextReviewDue'}
              helperText={error?.field === 'nextReviewDue' ? error.message : ' '}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('reviews.cancel')}</Button>
          <Button variant="contained" onClick={reaffirm} disabled={pending}>
            {t('reviews.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};

/** The reviews shown (with the filters applied) as CSV: the council by name, dates as ISO. */
const reviewExporter: Exporter<ReviewTask> = async (records, fetchRelatedRecords) => {
  const councils = await fetchRelatedRecords<Council>(records, 'councilId', 'councils');
  downloadCsv(
    'reviews.csv',
    toCsv(
      ['council', 'due_on', 'status', 'outcome', 'completed_at', 'council_id'],
      records.map((r) => [councils[r.councilId]?.name ?? '', r.dueOn, r.status, r.outcome, r.completedAt, r.councilId]),
    ),
  );
};

/** Protocol reviews of the councils in scope, soonest first (the API's order), paged by the API. */
export const ReviewTaskList = () => {
  const t = useT();
  const dates = useDates();
  const filters = [
    <SelectArrayInput
      key="status"
      source="status"
      label={t('resources.reviewTasks.fields.status')}
      choices={inOrder(ReviewTaskStatus)(['OPEN', 'OVERDUE', 'COMPLETED']).map((s) => ({ id: s, name: t(`reviews.status.${s}`) }))}
      alwaysOn
    />,
    <ReferenceInput key="councilId" source="councilId" reference="councils">
      <AutocompleteInput optionText="name" label={t('resources.reviewTasks.fields.councilId')} />
    </ReferenceInput>,
  ];
  return (
    <List filters={filters} filterDefaultValues={{ status: ['OPEN', 'OVERDUE'] }} exporter={reviewExporter} actions={<ListActions />} title={t('resources.reviewTasks.name', { smart_count: 2 })}>
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="review-list" empty={<Alert severity="info">{t('reviews.empty')}</Alert>}>
        <ReferenceField source="councilId" reference="councils" label={t('resources.reviewTasks.fields.councilId')} sortable={false} />
        <FunctionField<ReviewTask>
          label={t('resources.reviewTasks.fields.dueOn')}
          sortable={false}
          render={(r) => (r.status === 'COMPLETED' ? dates.day(r.dueOn) : <DeadlineChip date={r.dueOn} />)}
        />
        <FunctionField<ReviewTask> label={t('resources.reviewTasks.fields.status')} sortable={false} render={(r) => <ReviewStatusChip status={r.status} />} />
        <FunctionField<ReviewTask> label={t('resources.reviewTasks.fields.outcome')} sortable={false} render={(r) => (r.outcome ? t(`reviews.outcome.${r.outcome}`) : '')} />
        <FunctionField<ReviewTask> label={t('resources.reviewTasks.fields.completedAt')} sortable={false} render={(r) => dates.dateTime(r.completedAt)} />
        <FunctionField<ReviewTask> sortable={false} render={(r) => <ReviewActions task={r} />} />
      </Datagrid>
    </List>
  );
};
