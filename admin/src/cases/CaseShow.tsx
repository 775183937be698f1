import type { ReactNode } from 'react';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CheckIcon from '@mui/icons-material/Check';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EditIcon from '@mui/icons-material/Edit';
import FiberNewIcon from '@mui/icons-material/FiberNew';
import LockIcon from '@mui/icons-material/Lock';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import NotesIcon from '@mui/icons-material/Notes';
import ReplyIcon from '@mui/icons-material/Reply';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Divider,
  LinearProgress,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Stack,
  Step,
  StepContent,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material';
import {
  LinkBase,
  ReferenceField,
  ShowBase,
  TextField as RaTextField,
  Title,
  useCanAccess,
  useCreatePath,
  useGetMany,
  useShowContext,
} from 'react-admin';
import { AddNoteButton } from './AddNoteButton';
import { DeadlineChip } from './DeadlineChip';
import { HowCounted } from './HowCounted';
import { londonToday, useDates } from './dates';
import { MoveCaseButtons } from './MoveCaseButtons';
import { StatusChip } from './StatusChip';
import { systemNote } from './systemNotes';
import type { CaseEvent, CaseRecord } from './types';
import { useProtocolVocabulary } from './useProtocolVocabulary';
import { useT } from './useT';

const eventIcon: Record<string, { icon: ReactNode; colour: string }> = {
  opened: { icon: <FiberNewIcon fontSize="small" />, colour: 'primary.main' },
  acknowledged: { icon: <CheckIcon fontSize="small" />, colour: 'secondary.main' },
  responded: { icon: <ReplyIcon fontSize="small" />, colour: 'success.main' },
  resolved: { icon: <DoneAllIcon fontSize="small" />, colour: 'success.main' },
  closed: { icon: <LockIcon fontSize="small" />, colour: 'grey.600' },
  escalated: { icon: <TrendingUpIcon fontSize="small" />, colour: 'warning.main' },
  reminded: { icon: <NotificationsActiveIcon fontSize="small" />, colour: 'info.main' },
  deadline_missed: { icon: <WarningAmberIcon fontSize="small" />, colour: 'error.main' },
  note: { icon: <NotesIcon fontSize="small" />, colour: 'grey.500' },
};

const Section = ({ title, children, testId, action }: { title: string; children: ReactNode; testId?: string; action?: ReactNode }) => (
  <Card variant="outlined" data-testid={testId}>
    <CardHeader title={title} action={action} slotProps={{ title: { variant: 'subtitle1', fontWeight: 600, component: 'h3' } }} sx={{ pb: 0 }} />
    <CardContent>{children}</CardContent>
  </Card>
);

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ mb: 1.5 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Box>
);

/** The case's timeline, oldest first, with who did what. */
const Timeline = ({ events }: { events: CaseEvent[] }) => {
  const t = useT();
  const dates = useDates();
  const ids = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => !!id))];
  const { data: users = [] } = useGetMany<{ id: string; displayName: string }>('users', { ids }, { enabled: ids.length > 0 });
  const nameOf = (id: string | null) => users.find((u) => u.id === id)?.displayName;
  if (events.length === 0) return <Typography color="text.secondary">{t('casework.show.no_events')}</Typography>;
  return (
    <List dense disablePadding data-testid="case-timeline">
      {events.map((e, i) => {
        const look = eventIcon[e.kind] ?? eventIcon.note;
        const who = e.byWorker ? t('casework.show.by_worker') : nameOf(e.actorUserId) ? t('casework.show.by_person', { name: nameOf(e.actorUserId) }) : '';
        return (
          <ListItem key={e.id} alignItems="flex-start" divider={i < events.length - 1} data-kind={e.kind} sx={{ px: 0 }}>
            <ListItemAvatar sx={{ minWidth: 48 }}>
              <Avatar sx={{ bgcolor: look.colour, width: 32, height: 32 }}>{look.icon}</Avatar>
            </ListItemAvatar>
            <ListItemText
              primary={
                <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
                  <Typography variant="body2" fontWeight={600}>
                    {t(`casework.event.${e.kind}`)}
                  </Typography>
                  {e.toStatus && e.toStatus !== e.fromStatus && <StatusChip status={e.toStatus} />}
                  <Typography variant="caption" color="text.secondary">
                    {dates.dateTime(e.at)} {who}
                  </Typography>
                </Stack>
              }
              secondary={systemNote(t, dates.day, e.kind, e.note) || undefined}
              slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap', mt: 0.5 } } }}
            />
          </ListItem>
        );
      })}
    </List>
  );
};

/** The route fixed at receipt, the current step highlighted. */
const Route = ({ record, title }: { record: CaseRecord; title: (key: string | null) => string }) => {
  const t = useT();
  const steps = record.steps ?? [];
  if (steps.length === 0) return null;
  return (
    <Stepper orientation="vertical" activeStep={steps.findIndex((s) => s.index === record.stepIndex)} data-testid="case-route">
      {steps.map((s) => (
        <Step key={s.index} completed={s.index < record.stepIndex && s.handler !== null} disabled={s.handler === null}>
          <StepLabel
            optional={
              <Typography variant="caption" color="text.secondary">
                {s.handler === null
                  ? t('casework.show.step_skipped')
                  : [s.workingDays != null ? t('casework.show.step_days', { smart_count: s.workingDays }) : null, s.clauses.length ? t(s.clauses.length > 1 ? 'casework.show.clauses' : 'casework.show.clause', { number: s.clauses[0], numbers: s.clauses.join(', ') }) : null]
                      .filter(Boolean)
                      .join(' · ')}
              </Typography>
            }
          >
            {s.handler ? title(s.handler) : <s>{title(s.handler)}</s>}
          </StepLabel>
          <StepContent>
            <Stack direction="row" spacing={1} alignItems="center">
              <Typography variant="caption" color="primary">
                {t('casework.show.step_current')}
              </Typography>
              {record.stepDue && (record.status === 'OPEN' || record.status === 'ACKNOWLEDGED') && <DeadlineChip date={record.stepDue} />}
            </Stack>
          </StepContent>
        </Step>
      ))}
    </Stepper>
  );
};

/**
 * A deadline that is behind the case: met or late, by the London day of the first event that
 * answered it (acknowledged, responded or resolved), or missed when nothing answered it in time.
 */
const PastDeadline = ({ record, date, label, answeredBy }: { record: CaseRecord; date: string; label: string; answeredBy: string[] }) => {
  const t = useT();
  const dates = useDates();
  const answer = (record.events ?? []).find((e) => answeredBy.includes(e.kind));
  const doneDay = answer ? londonToday(new Date(answer.at)) : null;
  const outcome = doneDay ? (doneDay <= date ? 'met' : 'late') : date < londonToday() ? 'missed' : null;
  if (!outcome) return <Chip variant="outlined" data-date={date} label={`${label}: ${dates.day(date)}`} />;
  return (
    <Chip
      variant="outlined"
      color={outcome === 'met' ? 'success' : 'error'}
      icon={outcome === 'met' ? <CheckIcon /> : <WarningAmberIcon />}
      data-date={date}
      data-outcome={outcome}
      label={t(`casework.deadline.${outcome}`, { label, date: dates.day(date), done: doneDay ? dates.day(doneDay) : '' })}
    />
  );
};

/** "Handled by": the people holding the role, without repeating the role's title as a name. */
const handlerNames = (title: string, handlers: { name: string }[]) => handlers.map((h) => h.name).filter((n) => n.trim().toLowerCase() !== title.trim().toLowerCase());

const CaseView = () => {
  const t = useT();
  const dates = useDates();
  const createPath = useCreatePath();
  const { record, error, isPending, refetch } = useShowContext<CaseRecord>();
  const vocabulary = useProtocolVocabulary(record?.councilId);
  const { canAccess: canEdit } = useCanAccess({ resource: 'cases', action: 'edit', record, enabled: !!record });
  const back = (
    <Button component={LinkBase} to={createPath({ resource: 'cases', type: 'list' })} startIcon={<ArrowBackIcon />}>
      {t('casework.show.back')}
    </Button>
  );

  if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (error || !record) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={t('resources.cases.name', { smart_count: 1 })} />
        <Alert severity="warning" data-testid="case-not-found" action={back}>
          {t('casework.show.not_found')}
        </Alert>
      </Box>
    );
  }
  const title = (key: string | null) => vocabulary.title(key);
  const today = londonToday();
  const live = record.status === 'OPEN' || record.status === 'ACKNOWLEDGED';
  const handlers = record.handlers ?? [];

  return (
    <Box sx={{ mt: 2 }} data-testid="case-show">
      <Title title={`${record.reference} · ${record.subject}`} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} justifyContent="space-between" alignItems={{ md: 'flex-start' }}>
            <Box>
              <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }} flexWrap="wrap" useFlexGap>
                <Typography variant="overline" color="text.secondary" data-testid="case-reference">
                  {record.reference}
                </Typography>
                <StatusChip status={record.status} size="medium" />
                <Chip size="small" variant="outlined" label={t(`casework.kind.${record.kind}`)} />
                {(record.category || record.concern) && (
                  <Chip size="small" variant="outlined" label={record.category ? vocabulary.categoryTitle(record.category) : vocabulary.concernTitle(record.concern)} />
                )}
                {record.urgent && <Chip size="small" color="error" label={t('casework.show.urgent')} />}
              </Stack>
              <Typography variant="h5" component="h2" gutterBottom>
                {record.subject}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                <ReferenceField source="councilId" reference="councils" link={false}>
                  <RaTextField source="name" variant="body2" />
                </ReferenceField>
                {' · '}
                {t('casework.show.received', { date: dates.dateTime(record.receivedAt) })}
                {' · '}
                {t('casework.show.raised_by', { name: record.raisedByName, role: title(record.raisedByRole) })}
              </Typography>
            </Box>
            <Stack spacing={1} alignItems={{ md: 'flex-end' }}>
              <MoveCaseButtons record={record} onMoved={() => void refetch()} onReload={() => refetch()} />
              {canEdit && (
                <Button size="small" component={LinkBase} to={createPath({ resource: 'cases', type: 'edit', id: record.id })} startIcon={<EditIcon />}>
                  {t('casework.show.edit')}
                </Button>
              )}
            </Stack>
          </Stack>
        </CardContent>
      </Card>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2, alignItems: 'start' }}>
        <Stack spacing={2}>
          <Section title={t('casework.show.deadlines')} testId="case-deadlines">
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
              {record.acknowledgeBy && (
                <Box data-testid="deadline-acknowledge">
                  {record.status === 'OPEN' ? (
                    <DeadlineChip date={record.acknowledgeBy} today={today} label={t('resources.cases.fields.acknowledgeBy')} size="medium" />
                  ) : (
                    <PastDeadline record={record} date={record.acknowledgeBy} label={t('resources.cases.fields.acknowledgeBy')} answeredBy={['acknowledged', 'responded', 'resolved']} />
                  )}
                </Box>
              )}
              {record.respondBy && (
                <Box data-testid="deadline-respond">
                  {live && record.stepIndex === 0 ? (
                    <DeadlineChip date={record.respondBy} today={today} label={t('resources.cases.fields.respondBy')} size="medium" />
                  ) : (
                    <PastDeadline record={record} date={record.respondBy} label={t('resources.cases.fields.respondBy')} answeredBy={live ? [] : ['responded', 'resolved', 'closed']} />
                  )}
                </Box>
              )}
              {record.respondBeforeMeeting && <Chip variant="outlined" color="info" label={t('casework.deadline.before_meeting')} />}
              {record.stepDue && record.stepDue !== record.respondBy && live && (
                <Box data-testid="deadline-step">
                  <DeadlineChip date={record.stepDue} today={today} label={t('resources.cases.fields.stepDue')} size="medium" />
                </Box>
              )}
              {!record.acknowledgeBy && !record.respondBy && !record.stepDue && !record.respondBeforeMeeting && (
                <Typography color="text.secondary">{t('casework.deadline.none')}</Typography>
              )}
            </Stack>
            {record.startDay && (
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1.5 }}>
                {t('resources.cases.fields.startDay')}: {dates.day(record.startDay)}
                {record.protocolVersion ? ` · ${t('casework.show.protocol_version', { number: record.protocolVersion.number })}` : ''}
                {record.clauses?.length ? ` · ${t(record.clauses.length > 1 ? 'casework.show.clauses' : 'casework.show.clause', { number: record.clauses[0], numbers: record.clauses.join(', ') })}` : ''}
              </Typography>
            )}
            <HowCounted record={record} />
          </Section>
          <Section title={t('casework.show.timeline')} testId="case-timeline-card" action={<AddNoteButton record={record} onAdded={() => void refetch()} />}>
            <Timeline events={record.events ?? []} />
          </Section>
        </Stack>
        <Stack spacing={2}>
          <Section title={t('casework.show.details')}>
            <Fact label={t('resources.cases.fields.handlers')}>
              {record.handlerRole ? (
                <>
                  <strong>{title(record.handlerRole)}</strong>
                  {handlers.length === 0 ? `: ${t('casework.show.nobody_named')}` : handlerNames(title(record.handlerRole), handlers).length ? `: ${handlerNames(title(record.handlerRole), handlers).join(', ')}` : ''}
                </>
              ) : (
                '—'
              )}
            </Fact>
            {(record.aboutRole || record.aboutPerson) && (
              <Fact label={t('resources.cases.fields.aboutRole')}>{[record.aboutRole ? title(record.aboutRole) : null, record.aboutPerson].filter(Boolean).join(' · ')}</Fact>
            )}
            <Fact label={t('resources.cases.fields.raisedByName')}>
              {record.raisedByName}
              {record.raisedByEmail ? ` <${record.raisedByEmail}>` : ''}
            </Fact>
            <Fact label={t('resources.cases.fields.classification')}>{t(`casework.classification.${record.classification}`)}</Fact>
            {record.description && <Fact label={t('resources.cases.fields.description')}>{<span style={{ whiteSpace: 'pre-wrap' }}>{record.description}</span>}</Fact>}
          </Section>
          {(record.steps ?? []).length > 0 && (
            <Section title={t('casework.show.route')}>
              <Route record={record} title={title} />
            </Section>
          )}
          <Divider sx={{ visibility: 'hidden' }} />
        </Stack>
      </Box>
    </Box>
  );
};

/** A case: its deadlines, timeline and route, with the transitions its status allows. Another council's case is "not found". */
export const CaseShow = () => (
  <ShowBase queryOptions={{ onError: () => undefined }}>
    <CaseView />
  </ShowBase>
);
