import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, Step, StepContent, StepLabel, Stepper, Tab, Tabs, TextField, Typography } from '@mui/material';
import { LinkBase, Title, useCreatePath, useDataProvider, useGetOne, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { AccordDataProvider } from '../dataProvider';
import { graphql, isApiError } from '../graphql';
import type { ProtocolMethods } from '../protocols/dataProvider';
import { COUNCIL_KINDS, NATIONS, type Council, type Permissions } from '../types';
import { useDates } from '../cases/dates';
import { BulkOnboarding } from './BulkOnboarding';
// The API's own slug rule (pure): the slug shown is the one bulk onboarding would make.
import { slugOf } from '../../../api/src/domain/onboarding';

/** The kind a new council below `parent` most likely is: a community council in Wales, a parish elsewhere. */
const kindBelow = (nation: string | undefined) => (nation === 'WALES' ? 'COMMUNITY' : 'PARISH');

type FieldErrors = Record<string, string>;
const errorsOf = (e: unknown): { field?: string; message: string } => ({ field: isApiError(e) ? e.field : undefined, message: e instanceof Error ? e.message : String(e) });

/**
 * Onboarding a council in one flow, for a monitoring officer (or a platform admin): the council
 * (slug from the name; nation, kind and parent from their own council), its draft protocol from a
 * model, then its clerk invited by e-mail (a one-time link to set their own password) and made the
 * Clerk office holder.
 */
/** The onboarding page: the flow for a monitoring officer (or platform admin); anyone else is told who onboards councils. */
export const Onboarding = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending || !permissions) return null;
  if (!permissions.platformAdmin && !permissions.memberships.some((m) => m.role === 'MONITORING_OFFICER')) {
    return (
      <Box sx={{ mt: 2, maxWidth: 760 }} data-testid="onboarding">
        <Title title={translate('onboarding.title')} />
        <Alert severity="info">{translate('onboarding.officers_only')}</Alert>
      </Box>
    );
  }
  return <OnboardingFlow />;
};

const OnboardingFlow = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const createPath = useCreatePath();
  const dates = useDates();
  const dataProvider = useDataProvider<AccordDataProvider & ProtocolMethods>();
  const { permissions } = usePermissions<Permissions>();
  const home = permissions?.memberships.find((m) => m.role === 'MONITORING_OFFICER')?.councilId;
  const { data: own } = useGetOne<Council>('councils', { id: home! }, { enabled: !!home });

  const [tab, setTab] = useState(0);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  // Step 1: the council.
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTyped, setSlugTyped] = useState(false);
  const [nation, setNation] = useState('');
  const [kind, setKind] = useState('');
  const [council, setCouncil] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    if (own && !nation) {
      setNation(own.nation);
      setKind(kindBelow(own.nation));
    }
  }, [own, nation]);
  useEffect(() => {
    if (!slugTyped) setSlug(slugOf(name));
  }, [name, slugTyped]);
  // Step 2: the protocol.
  const [models, setModels] = useState<{ id: string; title: string }[] | null>(null);
  const [modelId, setModelId] = useState('');
  const [protocolNote, setProtocolNote] = useState<string | null>(null);
  // Step 3: the clerk.
  const [clerkName, setClerkName] = useState('');
  const [clerkEmail, setClerkEmail] = useState('');
  const [invited, setInvited] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setErrors({});
    try {
      await work();
    } catch (e) {
      const { field, message } = errorsOf(e);
      setErrors({ [field ?? 'root']: message });
    } finally {
      setBusy(false);
    }
  };

  const createCouncil = () =>
    run(async () => {
      const { data } = await dataProvider.create<Council>('councils', { data: { name: name.trim(), slug, kind, nation, parentId: home ?? null } });
      setCouncil({ id: String(data.id), name: data.name });
      notify(translate('onboarding.council_created', { name: data.name }), { type: 'success' });
      setModels(await dataProvider.modelProtocols(String(data.id)));
      setStep(1);
    });
  useEffect(() => {
    if (models && models.length && !modelId) setModelId(models[0].id);
  }, [models, modelId]);

  const createProtocol = () =>
    run(async () => {
      await dataProvider.createProtocol(council!.id, modelId || null);
      const model = models?.find((m) => m.id === modelId);
      setProtocolNote(model ? translate('onboarding.protocol_created', { model: model.title }) : translate('onboarding.protocol_created_empty'));
      setStep(2);
    });

  const invite = () =>
    run(async () => {
      const { r } = await graphql<{ r: { expiresAt: string | null; user: { email: string } } }>(
        `mutation Invite($i: InviteUserInput!) { r: inviteUser(input: $i) { expiresAt officeHolder user { id email } } }`,
        { i: { councilId: council!.id, email: clerkEmail.trim(), displayName: clerkName.trim(), role: 'CLERK' } },
      );
      // No link for someone who has an account already (a clerk of several councils): they were told by e-mail.
      setInvited(
        r.expiresAt
          ? translate('onboarding.invited', { email: r.user.email, until: dates.dateTime(r.expiresAt), name: clerkName.trim() })
          : translate('onboarding.given', { email: r.user.email, name: clerkName.trim() }),
      );
      setStep(3);
    });

  const restart = () => {
    setStep(0);
    setName('');
    setSlugTyped(false);
    setCouncil(null);
    setModels(null);
    setModelId('');
    setProtocolNote(null);
    setClerkName('');
    setClerkEmail('');
    setInvited(null);
    if (own) {
      setNation(own.nation);
      setKind(kindBelow(own.nation));
    }
  };

  const kinds = useMemo(() => COUNCIL_KINDS.map((k) => ({ id: k, name: translate(`accord.kind.${k}`) })), [translate]);
  const field = (key: string) => (errors[key] ? { error: true, helperText: errors[key] } : {});

  return (
    <Box sx={{ mt: 2, maxWidth: tab === 1 ? 1200 : 760 }} data-testid="onboarding">
      <Title title={translate('onboarding.title')} />
      <Typography sx={{ mb: 2 }}>{translate(tab === 1 ? 'onboarding.intro_bulk' : 'onboarding.intro')}</Typography>
      {errors.root && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="onboarding-error">
          {errors.root}
        </Alert>
      )}
      <Tabs value={tab} onChange={(_e, v: number) => setTab(v)} sx={{ mb: 1 }}>
        <Tab label={translate('onboarding.tab_one')} id="onboarding-tab-one" aria-controls="onboarding-panel-one" />
        <Tab label={translate('onboarding.tab_bulk')} id="onboarding-tab-bulk" aria-controls="onboarding-panel-bulk" />
      </Tabs>
      {tab === 1 && (
        <Card role="tabpanel" id="onboarding-panel-bulk" aria-labelledby="onboarding-tab-bulk">
          <CardContent>
            <BulkOnboarding />
          </CardContent>
        </Card>
      )}
      <Card hidden={tab !== 0} role="tabpanel" id="onboarding-panel-one" aria-labelledby="onboarding-tab-one">
        <CardContent>
          <Stepper activeStep={step} orientation="vertical">
            <Step>
              <StepLabel optional={council ? <Typography variant="caption">{council.name}</Typography> : undefined}>{translate('onboarding.step_council')}</StepLabel>
              <StepContent>
                <Stack spacing={2} sx={{ pt: 1, maxWidth: 480 }}>
                  {own && <Typography variant="body2" color="text.secondary">{translate('onboarding.defaults', { name: own.name })}</Typography>}
                  <TextField label={translate('resources.councils.fields.name')} value={name} onChange={(e) => setName(e.target.value)} required {...field('name')} />
                  <TextField
                    label={translate('resources.councils.fields.slug')}
                    value={slug}
                    onChange={(e) => {
                      setSlugTyped(true);
                      setSlug(e.target.value);
                    }}
                    required
                    helperText={errors.slug ?? translate('onboarding.slug_help')}
                    error={!!errors.slug}
                  />
                  <TextField select label={translate('resources.councils.fields.nation')} value={nation} onChange={(e) => setNation(e.target.value)} required {...field('nation')}>
                    {NATIONS.map((n) => (
                      <MenuItem key={n} value={n}>
                        {translate(`accord.nation.${n}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                  <TextField select label={translate('resources.councils.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value)} required {...field('kind')}>
                    {kinds.map((k) => (
                      <MenuItem key={k.id} value={k.id}>
                        {k.name}
                      </MenuItem>
                    ))}
                  </TextField>
                  <TextField label={translate('resources.councils.fields.parentId')} value={own?.name ?? ''} slotProps={{ input: { readOnly: true } }} />
                  <Box>
                    <Button variant="contained" onClick={createCouncil} disabled={busy || !name.trim() || !slug || !kind || !nation}>
                      {translate('onboarding.create_council')}
                    </Button>
                  </Box>
                </Stack>
              </StepContent>
            </Step>
            <Step>
              <StepLabel optional={protocolNote ? <Typography variant="caption">{protocolNote}</Typography> : undefined}>{translate('onboarding.step_protocol')}</StepLabel>
              <StepContent>
                <Stack spacing={2} sx={{ pt: 1, maxWidth: 480 }}>
                  <TextField select label={translate('onboarding.model')} value={modelId} onChange={(e) => setModelId(e.target.value)}>
                    {(models ?? []).map((m) => (
                      <MenuItem key={m.id} value={m.id}>
                        {m.title}
                      </MenuItem>
                    ))}
                    <MenuItem value="">{translate('onboarding.no_model')}</MenuItem>
                  </TextField>
                  <Stack direction="row" spacing={1}>
                    <Button variant="contained" onClick={createProtocol} disabled={busy}>
                      {translate('onboarding.create_protocol')}
                    </Button>
                    <Button onClick={() => setStep(2)} disabled={busy}>
                      {translate('onboarding.skip')}
                    </Button>
                  </Stack>
                </Stack>
              </StepContent>
            </Step>
            <Step>
              <StepLabel>{translate('onboarding.step_clerk')}</StepLabel>
              <StepContent>
                <Stack spacing={2} sx={{ pt: 1, maxWidth: 480 }}>
                  {protocolNote && <Alert severity="success">{protocolNote}</Alert>}
                  <Typography variant="body2" color="text.secondary">
                    {translate('onboarding.clerk_help')}
                  </Typography>
                  <TextField label={translate('onboarding.clerk_name')} value={clerkName} onChange={(e) => setClerkName(e.target.value)} required {...field('displayName')} />
                  <TextField label={translate('onboarding.clerk_email')} type="email" value={clerkEmail} onChange={(e) => setClerkEmail(e.target.value)} required {...field('email')} />
                  <Stack direction="row" spacing={1}>
                    <Button variant="contained" onClick={invite} disabled={busy || !clerkName.trim() || !clerkEmail.trim()}>
                      {translate('onboarding.invite')}
                    </Button>
                    <Button onClick={() => setStep(3)} disabled={busy}>
                      {translate('onboarding.skip')}
                    </Button>
                  </Stack>
                </Stack>
              </StepContent>
            </Step>
          </Stepper>
          {step === 3 && council && (
            <Stack spacing={2} sx={{ mt: 2 }} data-testid="onboarding-done">
              {invited && <Alert severity="success">{invited}</Alert>}
              <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
                <Button variant="contained" component={LinkBase} to={createPath({ resource: 'councils', type: 'edit', id: council.id })}>
                  {translate('onboarding.open_council')}
                </Button>
                <Button component={LinkBase} to={createPath({ resource: 'protocols', type: 'show', id: council.id })}>
                  {translate('onboarding.open_editor')}
                </Button>
                <Button onClick={restart}>{translate('onboarding.another')}</Button>
              </Stack>
            </Stack>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
