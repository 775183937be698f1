import { useState, type ReactNode } from 'react';
import GavelIcon from '@mui/icons-material/Gavel';
import ScheduleIcon from '@mui/icons-material/Schedule';
import RouteIcon from '@mui/icons-material/AltRoute';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { ChipProps } from '@mui/material';
import {
  Alert,
  Avatar,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  BooleanInput,
  DateTimeInput,
  Form,
  FormDataConsumer,
  SelectInput,
  Title,
  useDataProvider,
  useGetOne,
  usePermissions,
} from 'react-admin';
import type { AccordDataProvider } from '../dataProvider';
import { useDates } from '../cases/dates';
import { SEVERITIES, type Clause } from '../cases/types';
import { useProtocolVocabulary } from '../cases/useProtocolVocabulary';
import { useT } from '../cases/useT';
import type { Council, Permissions } from '../types';
import { ProtocolCouncilInput, useProtocolCouncilDefault } from '../common/ProtocolCouncilInput';

type Vocabulary = ReturnType<typeof useProtocolVocabulary>;

const toIso = (v: string) => (v ? new Date(v).toISOString() : null);

const Question = ({ icon, title, children, testId }: { icon: ReactNode; title: string; children: ReactNode; testId: string }) => (
  <Card data-testid={testId} sx={{ height: '100%' }}>
    <CardHeader avatar={<Avatar sx={{ bgcolor: 'primary.main' }}>{icon}</Avatar>} title={title} slotProps={{ title: { variant: 'h6' } }} />
    <CardContent sx={{ pt: 0 }}>{children}</CardContent>
  </Card>
);

/** Clauses the answer comes from, each with its text on hover. */
const Clauses = ({ clauses }: { clauses: Clause[] }) => {
  const t = useT();
  return (
    <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap>
      {clauses.map((c) => (
        <Tooltip key={c.number} title={c.text}>
          <Chip size="small" variant="outlined" icon={<GavelIcon />} label={`${t('ask.clause', { number: c.number })}${c.heading ? ` · ${c.heading}` : ''}`} data-clause={c.number} />
        </Tooltip>
      ))}
    </Stack>
  );
};

function useAnswer<T>(key: unknown[], enabled: boolean, run: (signal: AbortSignal) => Promise<T>) {
  return useQuery<T>({ queryKey: ['casework', 'ask', ...key], queryFn: ({ signal }) => run(signal), enabled, retry: false, staleTime: 30_000 });
}

const Failure = ({ error }: { error: unknown }) => {
  const t = useT();
  return <Alert severity="info">{t('ask.no_answer', { message: error instanceof Error ? error.message : String(error) })}</Alert>;
};

const RouteAnswer = ({ councilId, concern, severity, about, vocabulary }: { councilId: string; concern?: string; severity?: string; about?: string; vocabulary: Vocabulary }) => {
  const t = useT();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const answer = useAnswer(['route', councilId, concern, severity, about], !!concern, (signal) =>
    dataProvider.escalationRoute({ councilId, concern: concern!, severity: severity || 'ANY', about }, signal),
  );
  if (!concern) return <Typography color="text.secondary">{t('ask.route.pick')}</Typography>;
  if (answer.isPending) return <LinearProgress />;
  if (answer.error) return <Failure error={answer.error} />;
  const route = answer.data;
  return (
    <Box data-testid="route-answer">
      {route.warnings.map((w) => (
        <Alert key={`${w.kind}-${w.step}`} severity="warning" sx={{ mb: 1 }} data-testid="route-warning" data-step={w.step}>
          {t('ask.route.reports_to_subject', {
            step: w.step + 1,
            handler: w.handler?.title ?? vocabulary.title(null),
            subject: w.subject?.title ?? vocabulary.title(route.subject),
          })}
        </Alert>
      ))}
      <List dense disablePadding>
        {route.steps.map((s, i) => (
          <ListItem key={s.index} alignItems="flex-start" divider={i < route.steps.length - 1} sx={{ px: 0, opacity: s.skipped ? 0.55 : 1 }} data-testid="route-step" data-skipped={s.skipped ? 'true' : 'false'}>
            <ListItemAvatar sx={{ minWidth: 44 }}>
              <Avatar sx={{ width: 28, height: 28, fontSize: 14, bgcolor: s.skipped ? 'grey.400' : 'secondary.main' }}>{s.index + 1}</Avatar>
            </ListItemAvatar>
            <ListItemText
              primary={
                <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
                  <Typography fontWeight={600} component="span">
                    {s.handler == null && s.handlerText ? s.handlerText : (s.handlerRole?.title ?? vocabulary.title(s.handler))}
                  </Typography>
                  {/* A step taken by a procedure has no office holders to name. */}
                  {!s.skipped && (s.handler != null || !s.handlerText) && (
                    <Typography component="span" variant="body2" data-testid="route-holders">
                      {s.officeHolders.length ? s.officeHolders.map((h) => h.name).join(', ') : t('ask.route.nobody')}
                    </Typography>
                  )}
                  {s.workingDays != null && <Chip size="small" icon={<ScheduleIcon />} label={t('casework.show.step_days', { smart_count: s.workingDays })} />}
                </Stack>
              }
              secondary={
                <Stack spacing={0.75} component="span" sx={{ mt: 0.5, display: 'flex' }}>
                  <Typography variant="body2" color="text.secondary" component="span">
                    {s.skipped ? t('ask.route.skipped', { reason: t(`ask.skip.${s.skipped}`) }) : s.description}
                  </Typography>
                  {s.notify.length > 0 && (
                    <Typography variant="caption" component="span">
                      {t('ask.route.notify', { roles: s.notify.map((r) => r.title).join(', ') })}
                    </Typography>
                  )}
                  {s.withheld.length > 0 && (
                    <Typography variant="caption" component="span" color="text.secondary" data-testid="route-withheld">
                      {t('ask.route.withheld', { roles: s.withheld.map((r) => r.title).join(', ') })}
                    </Typography>
                  )}
                  <Clauses clauses={s.clauses} />
                </Stack>
              }
              slotProps={{ secondary: { component: 'div' } }}
            />
          </ListItem>
        ))}
      </List>
      {route.externalBody && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {t('ask.route.external', { body: route.externalBody.title })}
        </Alert>
      )}
      <Typography variant="caption" color="text.secondary">
        {t('ask.route.version', { number: route.protocolVersion.number })}
      </Typography>
    </Box>
  );
};

const DeadlinesAnswer = ({ councilId, category, receivedAt, urgent, vocabulary }: { councilId: string; category?: string; receivedAt?: string; urgent?: boolean; vocabulary: Vocabulary }) => {
  const t = useT();
  const dates = useDates();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const answer = useAnswer(['deadlines', councilId, category, receivedAt, !!urgent], !!category && !!receivedAt, (signal) =>
    dataProvider.responseDeadlines({ councilId, category: category!, receivedAt: receivedAt!, urgent: !!urgent }, signal),
  );
  if (!category || !receivedAt) return <Typography color="text.secondary">{t('ask.deadlines.pick')}</Typography>;
  if (answer.isPending) return <LinearProgress />;
  if (answer.error) return <Failure error={answer.error} />;
  const d = answer.data;
  const Day = ({ label, value, testId }: { label: string; value: string | null; testId: string }) => (
    <Box sx={{ p: 1.5, borderRadius: 1, bgcolor: 'action.hover', flex: 1, minWidth: 150 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="subtitle1" fontWeight={600} data-testid={testId} data-date={value ?? ''}>
        {value ? dates.day(value) : d.respondBeforeMeeting && testId === 'respond-by' ? t('ask.deadlines.before_meeting') : t('ask.deadlines.none')}
      </Typography>
    </Box>
  );
  return (
    <Stack spacing={1.5} data-testid="deadlines-answer">
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        <Day label={t('ask.deadlines.start')} value={d.startDay} testId="start-day" />
        <Day label={t('ask.deadlines.acknowledge')} value={d.acknowledgeBy} testId="acknowledge-by" />
        <Day label={t('ask.deadlines.respond')} value={d.respondBy} testId="respond-by" />
      </Stack>
      <Typography variant="body2">{t('ask.deadlines.handler', { role: vocabulary.title(d.standard.handler) })}</Typography>
      {d.escalateTo.length > 0 && <Typography variant="body2">{t('ask.deadlines.escalate', { roles: d.escalateTo.map((r) => r.title).join(', ') })}</Typography>}
      <Clauses clauses={d.clauses} />
      <Typography variant="caption" color="text.secondary" data-testid="deadlines-counting" data-unit={d.unit} data-receipt={d.receiptOnNonWorkingDay}>
        {t('ask.deadlines.counting', { unit: t(`ask.unit.${d.unit}`), receipt: d.unit === 'HOURS' ? t('ask.receipt.HOURS') : t(`ask.receipt.${d.receiptOnNonWorkingDay}`) })}
      </Typography>
      {(d.acknowledgeAt || d.respondAt) && (
        <Typography variant="caption" color="text.secondary" data-testid="deadlines-times">
          {[d.acknowledgeAt && `${t('ask.deadlines.acknowledge')}: ${dates.dateTime(d.acknowledgeAt)}`, d.respondAt && `${t('ask.deadlines.respond')}: ${dates.dateTime(d.respondAt)}`].filter(Boolean).join(' · ')}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {t('ask.deadlines.calendar', { calendar: d.calendar })}
      </Typography>
    </Stack>
  );
};

const decisionColour: Record<string, ChipProps['color']> = { ALLOWED: 'success', NEEDS_APPROVAL: 'warning', NEEDS_DECISION: 'info', REFUSED: 'error', NOT_COVERED: 'default' };

const AccessAnswer = ({ councilId, values }: { councilId: string; values: Record<string, unknown> }) => {
  const t = useT();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const classification = values.classification as string | undefined;
  const role = values.requesterRole as string | undefined;
  const requester = {
    role,
    wardMember: !!values.wardMember,
    committeeMember: !!values.committeeMember,
    partyGroupMember: !!values.partyGroupMember,
    administrationGroup: !!values.administrationGroup,
    overviewScrutiny: !!values.overviewScrutiny,
    ...(values.needToKnow === 'yes' ? { needToKnow: true } : values.needToKnow === 'no' ? { needToKnow: false } : {}),
  };
  const answer = useAnswer(['access', councilId, classification, requester], !!classification && !!role, (signal) =>
    dataProvider.accessDecision({ councilId, classification: classification!, requester }, signal),
  );
  if (!classification || !role) return <Typography color="text.secondary">{t('ask.access.pick')}</Typography>;
  if (answer.isPending) return <LinearProgress />;
  if (answer.error) return <Failure error={answer.error} />;
  const d = answer.data;
  return (
    <Stack spacing={1.5} data-testid="access-answer">
      <Box>
        <Chip color={decisionColour[d.decision]} label={t(`ask.decision.${d.decision}`)} data-testid="access-decision" data-decision={d.decision} />
      </Box>
      <Typography variant="body2" data-testid="access-reason">
        {d.reason}
      </Typography>
      {d.decidedBy && <Typography variant="body2">{t('ask.access.decided_by', { role: d.decidedBy.title })}</Typography>}
      {d.approvers.length > 0 && <Typography variant="body2">{t('ask.access.approvers', { roles: d.approvers.map((r) => r.title).join(', ') })}</Typography>}
      <Clauses clauses={d.clauses} />
    </Stack>
  );
};

/** The three questions for one council, with choices from its adopted protocol. */
const Questions = ({ councilId }: { councilId: string }) => {
  const t = useT();
  // Only a council with an adopted protocol is asked for it (another's would be NOT_FOUND).
  const { data: council, isPending } = useGetOne<Council>('councils', { id: councilId });
  const vocabulary = useProtocolVocabulary(council?.hasAdoptedProtocol ? councilId : null);
  const [receivedDefault] = useState(() => new Date().toISOString());
  if (isPending) return <LinearProgress />;
  if (!council?.hasAdoptedProtocol) return <Alert severity="warning" data-testid="ask-no-protocol">{t('ask.no_protocol')}</Alert>;
  if (vocabulary.isPending) return <LinearProgress />;
  if (vocabulary.error || !vocabulary.adopted) return <Alert severity="warning" data-testid="ask-no-protocol">{t('ask.no_protocol')}</Alert>;
  const roles = vocabulary.roles.map((r) => ({ id: r.key, name: r.title }));
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
      <Question icon={<RouteIcon />} title={t('ask.route.title')} testId="ask-route">
        <SelectInput source="concern" label={t('ask.route.concern')} choices={vocabulary.concerns.map((c) => ({ id: c, name: vocabulary.concernTitle(c) }))} fullWidth />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <FormDataConsumer<{ concern?: string }>>
            {({ formData }) => (
              <>
                <SelectInput
                  source="about"
                  label={t('ask.route.about')}
                  emptyText="—"
                  choices={(vocabulary.aboutFor(formData.concern).length ? vocabulary.aboutFor(formData.concern) : vocabulary.roles.map((r) => r.key)).map((k) => ({ id: k, name: vocabulary.title(k) }))}
                  sx={{ flex: 2 }}
                />
                {vocabulary.severitiesFor(formData.concern).some((s) => s !== 'ANY') && (
                  <SelectInput source="severity" label={t('ask.route.severity')} choices={SEVERITIES.map((s) => ({ id: s, name: t(`casework.severity.${s}`) }))} sx={{ flex: 1 }} />
                )}
              </>
            )}
          </FormDataConsumer>
        </Stack>
        <FormDataConsumer<{ concern?: string; severity?: string; about?: string }>>
          {({ formData }) => <RouteAnswer councilId={councilId} concern={formData.concern} severity={formData.severity} about={formData.about} vocabulary={vocabulary} />}
        </FormDataConsumer>
      </Question>
      <Stack spacing={2}>
        <Question icon={<ScheduleIcon />} title={t('ask.deadlines.title')} testId="ask-deadlines">
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'center' }}>
            <SelectInput source="category" label={t('ask.deadlines.category')} choices={vocabulary.categories.map((c) => ({ id: c, name: vocabulary.categoryTitle(c) }))} sx={{ minWidth: 200 }} />
            <DateTimeInput source="receivedAt" label={t('ask.deadlines.received')} parse={toIso} defaultValue={receivedDefault} />
            <BooleanInput source="urgent" label={t('ask.deadlines.urgent')} />
          </Stack>
          <FormDataConsumer<{ category?: string; receivedAt?: string; urgent?: boolean }>>
            {({ formData }) => <DeadlinesAnswer councilId={councilId} category={formData.category} receivedAt={formData.receivedAt} urgent={formData.urgent} vocabulary={vocabulary} />}
          </FormDataConsumer>
        </Question>
        <Question icon={<LockOpenIcon />} title={t('ask.access.title')} testId="ask-access">
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <SelectInput source="classification" label={t('ask.access.classification')} choices={vocabulary.classifications.map((c) => ({ id: c, name: t(`casework.classification.${c}`) }))} sx={{ minWidth: 200 }} />
            <SelectInput source="requesterRole" label={t('ask.access.role')} choices={roles} sx={{ minWidth: 200 }} />
            <SelectInput
              source="needToKnow"
              label={t('ask.access.need_to_know')}
              choices={[
                { id: 'yes', name: t('ask.access.need_yes') },
                { id: 'no', name: t('ask.access.need_no') },
              ]}
              emptyText={t('ask.access.need_unknown')}
            />
          </Stack>
          <Stack direction="row" flexWrap="wrap" columnGap={2} sx={{ '& .MuiFormGroup-root': { width: 'auto' } }}>
            <BooleanInput source="wardMember" label={t('ask.access.ward_member')} helperText={false} />
            <BooleanInput source="committeeMember" label={t('ask.access.committee_member')} helperText={false} />
            <BooleanInput source="partyGroupMember" label={t('ask.access.party_group_member')} helperText={false} />
            <BooleanInput source="administrationGroup" label={t('ask.access.administration_group')} helperText={false} />
            <BooleanInput source="overviewScrutiny" label={t('ask.access.overview_scrutiny')} helperText={false} />
          </Stack>
          <FormDataConsumer>{({ formData }) => <AccessAnswer councilId={councilId} values={formData} />}</FormDataConsumer>
        </Question>
      </Stack>
    </Box>
  );
};

const AskForm = ({ councilId }: { councilId: string | undefined }) => {
  const t = useT();
  return (
    <Form defaultValues={{ councilId }} noValidate>
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="h5" component="h2">
                {t('ask.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('ask.intro')}
              </Typography>
            </Box>
            <Box sx={{ width: { xs: '100%', md: 380 }, flexShrink: 0 }}>
              <ProtocolCouncilInput label={t('ask.council')} fullWidth helperText={false} />
            </Box>
          </Stack>
        </CardContent>
      </Card>
      <FormDataConsumer<{ councilId?: string }>>{({ formData }) => (formData.councilId ? <Questions key={formData.councilId} councilId={formData.councilId} /> : null)}</FormDataConsumer>
    </Form>
  );
};

/** Starts on a council with an adopted protocol: the person's own if it has one, else the first in scope that has. */
const AskDefaults = ({ permissions }: { permissions: Permissions }) => {
  const [own] = useState(() => permissions.memberships.map((m) => m.councilId));
  const councilId = useProtocolCouncilDefault(own);
  if (councilId === undefined) return <LinearProgress />;
  // None in scope has one: start on their own council, which says so.
  return <AskForm councilId={councilId ?? own[0]} />;
};

/** Ask the protocol: escalation route, response deadlines and access decision, from the queries integrations use. */
export const AskProtocol = () => {
  const t = useT();
  const { permissions } = usePermissions<Permissions>();
  return (
    <Box sx={{ mt: 2 }} data-testid="ask-protocol">
      <Title title={t('ask.title')} />
      {permissions ? <AskDefaults permissions={permissions} /> : <LinearProgress />}
    </Box>
  );
};
