import { useState, type ReactNode } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AddIcon from '@mui/icons-material/Add';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import type { ChipProps } from '@mui/material';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { LinkBase, Title, useBasename, useCreatePath, useDataProvider, useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { DeadlineChip } from '../cases/DeadlineChip';
import { addDays, useDates } from '../cases/dates';
import type { CaseRecord, DashboardData, DashboardRow } from '../cases/types';
import { ReviewStatus } from '../generated/graphql';
import { inOrder } from '../vocabularies';
import { useT } from '../cases/useT';
import type { AccordDataProvider } from '../dataProvider';
import type { Permissions } from '../types';

/** The review chips, the most urgent first. */
const REVIEW_STATUSES = inOrder(ReviewStatus)(['OVERDUE', 'DUE_SOON', 'CURRENT', 'NONE']);

const reviewColour: Record<ReviewStatus, ChipProps['color']> = { OVERDUE: 'error', DUE_SOON: 'warning', CURRENT: 'success', NONE: 'default' };

export const ReviewStatusChip = ({ status }: { status: ReviewStatus }) => {
  const t = useT();
  return <Chip size="small" color={reviewColour[status]} variant={status === 'CURRENT' || status === 'NONE' ? 'outlined' : 'filled'} label={t(`casework_dashboard.review_status.${status}`)} data-review-status={status} />;
};

/** A figure that needs attention; it opens the list behind it. */
const Stat = ({ label, value, colour, to, testId, children }: { label: string; value: ReactNode; colour: string; to?: string; testId: string; children?: ReactNode }) => {
  const body = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" component="p" fontWeight={600} sx={{ color: colour }} data-testid={`${testId}-value`}>
        {value}
      </Typography>
      {children}
    </CardContent>
  );
  return (
    <Card variant="outlined" data-testid={testId} sx={{ borderTop: 4, borderTopColor: colour, minWidth: 170, flex: '1 1 170px' }}>
      {to ? (
        <CardActionArea component={LinkBase} to={to}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
};

type SortField = 'name' | 'reviewStatus' | 'nextReviewDue' | 'openCases' | 'casesPastDeadline' | 'casesWithMonitoringOfficer' | 'overdue' | 'dueToday' | 'dueThisWeek';
const SORT_ENUM: Record<SortField, string> = {
  name: 'NAME',
  reviewStatus: 'REVIEW_STATUS',
  nextReviewDue: 'NEXT_REVIEW_DUE',
  openCases: 'OPEN_CASES',
  casesPastDeadline: 'CASES_PAST_DEADLINE',
  casesWithMonitoringOfficer: 'CASES_WITH_MONITORING_OFFICER',
  overdue: 'OVERDUE',
  dueToday: 'OPEN_CASES',
  dueThisWeek: 'OPEN_CASES',
};

/** The dashboard query: totals, review statuses and one sorted page of councils, in one request. */
function useDashboard(sort: { field: SortField; order: 'ASC' | 'DESC' }, filter: { reviewStatus?: ReviewStatus[]; search?: string }, page: number, perPage: number) {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const normal = { reviewStatus: filter.reviewStatus?.length ? filter.reviewStatus : undefined, search: filter.search?.trim() || undefined };
  return useQuery<DashboardData>({
    queryKey: ['casework', 'dashboard', sort, normal, page, perPage],
    queryFn: ({ signal }) =>
      dataProvider.dashboard(
        { sort: { field: SORT_ENUM[sort.field], direction: sort.order }, filter: normal, offset: page * perPage, limit: perPage },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

const CasesWithDeadlines = ({ today }: { today: string }) => {
  const t = useT();
  const createPath = useCreatePath();
  const { data = [], isPending } = useGetList<CaseRecord>('cases', {
    filter: { status: ['OPEN', 'ACKNOWLEDGED'] },
    sort: { field: 'nextDeadline', order: 'ASC' },
    pagination: { page: 1, perPage: 5 },
  });
  const withDeadline = data.filter((c) => c.nextDeadline);
  if (isPending) return <LinearProgress />;
  if (withDeadline.length === 0) return <Typography color="text.secondary">{t('casework_dashboard.no_deadlines')}</Typography>;
  return (
    <List dense disablePadding data-testid="soonest-deadlines">
      {withDeadline.map((c) => (
        <ListItem key={c.id} disablePadding divider>
          <ListItemButton component={LinkBase} to={createPath({ resource: 'cases', type: 'show', id: c.id })}>
            <ListItemText primary={c.subject} secondary={`${c.reference} · ${c.raisedByName}`} />
            <DeadlineChip date={c.nextDeadline} today={today} />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
};

/** Every council looked at, sorted and paged by the API, with totals; a row opens the council. */
const CouncilTable = ({ officer }: { officer: boolean }) => {
  const t = useT();
  const dates = useDates();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const [sort, setSort] = useState<{ field: SortField; order: 'ASC' | 'DESC' }>(officer ? { field: 'reviewStatus', order: 'ASC' } : { field: 'name', order: 'ASC' });
  const [statusFilter, setStatusFilter] = useState<ReviewStatus | null>(null);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const { data, isPending, isFetching, error } = useDashboard(sort, { reviewStatus: statusFilter ? [statusFilter] : undefined, search }, page, perPage);
  const columns: SortField[] = officer
    ? ['name', 'reviewStatus', 'nextReviewDue', 'openCases', 'casesPastDeadline', 'casesWithMonitoringOfficer']
    : ['name', 'reviewStatus', 'nextReviewDue', 'openCases', 'overdue'];
  const numeric = (f: SortField) => !['name', 'reviewStatus', 'nextReviewDue'].includes(f);
  const sortBy = (field: SortField) => {
    setSort((s) => ({ field, order: s.field === field && s.order === 'ASC' ? 'DESC' : numeric(field) && s.field !== field ? 'DESC' : 'ASC' }));
    setPage(0);
  };
  const cell = (r: DashboardRow, f: SortField) => {
    if (f === 'name') return <Typography fontWeight={500}>{r.name}</Typography>;
    if (f === 'reviewStatus') return <ReviewStatusChip status={r.reviewStatus} />;
    if (f === 'nextReviewDue') return r.nextReviewDue ? dates.day(r.nextReviewDue) : '—';
    const n = r[f];
    const alert = (f === 'casesPastDeadline' || f === 'overdue') && n > 0;
    return <Typography color={alert ? 'error' : n > 0 ? 'text.primary' : 'text.secondary'} fontWeight={alert ? 600 : 400}>{n}</Typography>;
  };

  if (error) return <Alert severity="error">{error.message}</Alert>;
  return (
    <Box>
      {officer && data && (
        <Stack direction="row" spacing={1} sx={{ mb: 1.5 }} flexWrap="wrap" useFlexGap alignItems="center">
          <Chip label={`${t('casework_dashboard.filter_all')} · ${data.councilCount}`} color={statusFilter ? 'default' : 'primary'} onClick={() => { setStatusFilter(null); setPage(0); }} />
          {REVIEW_STATUSES.map((s) => {
            const n = data.reviewStatus[({ OVERDUE: 'overdue', DUE_SOON: 'dueSoon', CURRENT: 'current', NONE: 'none' } as const)[s]];
            return (
              <Chip
                key={s}
                label={`${t(`casework_dashboard.review_status.${s}`)} · ${n}`}
                color={statusFilter === s ? reviewColour[s] : 'default'}
                variant={statusFilter === s ? 'filled' : 'outlined'}
                onClick={() => { setStatusFilter(statusFilter === s ? null : s); setPage(0); }}
                data-testid={`review-filter-${s}`}
              />
            );
          })}
          <Box sx={{ flex: 1 }} />
          <TextField size="small" label={t('casework_dashboard.search')} value={search} onChange={(e) => { setSearch(e.target.value); setPage(0); }} />
        </Stack>
      )}
      {(isPending || isFetching) && <LinearProgress sx={{ mb: -0.5 }} />}
      <Table size="small" data-testid="dashboard-councils">
        <TableHead>
          <TableRow>
            {columns.map((f) => (
              <TableCell key={f} align={numeric(f) ? 'right' : 'left'} sortDirection={sort.field === f ? (sort.order === 'ASC' ? 'asc' : 'desc') : false}>
                <TableSortLabel active={sort.field === f} direction={sort.field === f ? (sort.order === 'ASC' ? 'asc' : 'desc') : 'asc'} onClick={() => sortBy(f)}>
                  {t(`casework_dashboard.column.${f}`)}
                </TableSortLabel>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {(data?.rows.items ?? []).map((r) => (
            <TableRow
              key={r.councilId}
              hover
              sx={{ cursor: 'pointer' }}
              onClick={() => navigate(createPath({ resource: 'councils', type: 'edit', id: r.councilId }))}
              aria-label={t('casework_dashboard.open_council', { name: r.name })}
              data-council={r.name}
            >
              {columns.map((f) => (
                <TableCell key={f} align={numeric(f) ? 'right' : 'left'}>
                  {cell(r, f)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
        {data && officer && (
          <TableFooter>
            <TableRow data-testid="dashboard-totals">
              <TableCell>
                <Typography fontWeight={600} variant="body2">
                  {t('casework_dashboard.total', { smart_count: data.councilCount })}
                </Typography>
              </TableCell>
              <TableCell colSpan={2} />
              {columns.slice(3).map((f) => (
                <TableCell key={f} align="right">
                  <Typography fontWeight={600} variant="body2">
                    {data.total[f as keyof DashboardData['total']]}
                  </Typography>
                </TableCell>
              ))}
            </TableRow>
          </TableFooter>
        )}
      </Table>
      {data && data.rows.totalCount > 10 && (
        <TablePagination
          component="div"
          count={data.rows.totalCount}
          page={page}
          onPageChange={(_, p) => setPage(p)}
          rowsPerPage={perPage}
          onRowsPerPageChange={(e) => { setPerPage(Number(e.target.value)); setPage(0); }}
          rowsPerPageOptions={[10, 25, 50, 100]}
        />
      )}
    </Box>
  );
};

const casesLink = (basename: string, filter: Record<string, unknown>) => `${basename}/cases?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** Totals: a clerk's deadlines, or a monitoring officer's reviews and escalations. */
const Figures = ({ officer }: { officer: boolean }) => {
  const t = useT();
  const dates = useDates();
  const basename = useBasename();
  // The first page of councils is what the table asks for too: react-query answers both from one request.
  const { data } = useDashboard(officer ? { field: 'reviewStatus', order: 'ASC' } : { field: 'name', order: 'ASC' }, {}, 0, 25);
  if (!data) return <LinearProgress />;
  const { total, today } = data;
  if (officer) {
    return (
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" data-testid="dashboard-figures">
        <Stat label={t('casework_dashboard.councils')} value={data.councilCount} colour="primary.main" testId="stat-councils" to={`${basename}/councils`} />
        <Stat label={t('casework_dashboard.reviews_overdue')} value={data.reviewStatus.overdue} colour="error.main" testId="stat-reviews-overdue" to={`${basename}/reviewTasks`} />
        <Stat label={t('casework_dashboard.reviews_due')} value={data.reviewStatus.dueSoon} colour="warning.main" testId="stat-reviews-due" to={`${basename}/reviewTasks`} />
        <Stat label={t('casework_dashboard.past_deadline')} value={total.casesPastDeadline} colour="error.main" testId="stat-past-deadline" to={casesLink(basename, { overdueOn: today })} />
        <Stat label={t('casework_dashboard.with_mo')} value={total.casesWithMonitoringOfficer} colour="secondary.main" testId="stat-with-mo" to={casesLink(basename, { handlerRole: 'MONITORING_OFFICER' })} />
      </Stack>
    );
  }
  const mine = data.rows.items;
  const next = mine.map((r) => r.nextReviewDue).filter((d): d is string => !!d).sort()[0];
  const nextRow = mine.find((r) => r.nextReviewDue === next);
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" data-testid="dashboard-figures">
      <Stat label={t('casework_dashboard.overdue')} value={total.overdue} colour="error.main" testId="stat-overdue" to={casesLink(basename, { overdueOn: today })} />
      <Stat label={t('casework_dashboard.due_today')} value={total.dueToday} colour="warning.main" testId="stat-due-today" to={casesLink(basename, { dueFrom: today, dueTo: today })} />
      <Stat label={t('casework_dashboard.due_week')} value={total.dueThisWeek} colour="info.main" testId="stat-due-week" to={casesLink(basename, { dueFrom: addDays(today, 1), dueTo: addDays(today, 7) })} />
      <Stat label={t('casework_dashboard.open_cases')} value={total.openCases} colour="primary.main" testId="stat-open" to={casesLink(basename, { status: ['OPEN', 'ACKNOWLEDGED'] })} />
      <Stat label={t('casework_dashboard.unread')} value={total.unreadNotifications} colour="secondary.main" testId="stat-unread" to={`${basename}/notifications?filter=${encodeURIComponent(JSON.stringify({ unreadOnly: true }))}`} />
      <Stat label={t('casework_dashboard.next_review')} value={<Box component="span" sx={{ fontSize: '1.15rem', display: 'block', py: 0.75 }}>{next ? dates.day(next) : t('casework_dashboard.no_review')}</Box>} colour="success.main" testId="stat-next-review" to={`${basename}/reviewTasks`}>
        {nextRow && <ReviewStatusChip status={nextRow.reviewStatus} />}
      </Stat>
    </Stack>
  );
};

const Shortcuts = () => {
  const t = useT();
  const translate = useTranslate();
  const basename = useBasename();
  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
      <Button variant="contained" startIcon={<AddIcon />} component={LinkBase} to={`${basename}/cases/create`}>
        {t('casework_dashboard.record')}
      </Button>
      <Button startIcon={<AssignmentLateIcon />} component={LinkBase} to={`${basename}/cases`}>
        {t('casework_dashboard.all_cases')}
      </Button>
      <Button startIcon={<HelpOutlineIcon />} component={LinkBase} to={`${basename}/ask`}>
        {t('casework_dashboard.ask')}
      </Button>
      <Button startIcon={<EventRepeatIcon />} component={LinkBase} to={`${basename}/reviewTasks`}>
        {t('casework_dashboard.reviews')}
      </Button>
      <Button startIcon={<AccountTreeIcon />} component={LinkBase} to={`${basename}/councils/tree`}>
        {translate('accord.councils.tree')}
      </Button>
    </Stack>
  );
};

/**
 * The start page. A clerk: open cases by deadline, the next review date, unread notifications.
 * A monitoring officer: every council below, with its review status, cases past a deadline and
 * cases escalated to them, sortable, with totals. The figures and the councils come from one
 * `dashboard` request, however many councils there are.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const t = useT();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const officer = !!permissions && (permissions.platformAdmin || permissions.memberships.some((m) => m.role === 'MONITORING_OFFICER'));
  const none = !!permissions && !permissions.platformAdmin && permissions.memberships.length === 0;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

  return (
    <Box sx={{ mt: 2 }} data-testid={officer ? 'dashboard-officer' : 'dashboard-clerk'}>
      <Title title={translate('ra.page.dashboard')} />
      <Stack direction={{ xs: 'column', md: 'row' }} justifyContent="space-between" alignItems={{ md: 'center' }} spacing={2} sx={{ mb: 2 }}>
        <Typography variant="h5" component="h2">
          {translate('accord.dashboard.title', { name: identity?.fullName ?? '' })}
        </Typography>
        {!none && <Shortcuts />}
      </Stack>
      {!permissions ? (
        <LinearProgress />
      ) : none ? (
        <Alert severity="info">{translate('accord.dashboard.none')}</Alert>
      ) : (
        <Stack spacing={2}>
          <Figures officer={officer} />
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: officer ? '1fr' : '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
            <Card>
              <CardHeader title={translate('accord.dashboard.councils')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
              <CardContent sx={{ pt: 0 }}>
                {permissions.platformAdmin && permissions.memberships.length === 0 && (
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {translate('accord.dashboard.platform_admin')}
                  </Typography>
                )}
                <CouncilTable officer={officer} />
              </CardContent>
            </Card>
            {!officer && (
              <Card>
                <CardHeader title={t('casework_dashboard.soonest')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
                <CardContent sx={{ pt: 0 }}>
                  <CasesWithDeadlines today={today} />
                </CardContent>
              </Card>
            )}
          </Box>
        </Stack>
      )}
    </Box>
  );
};
