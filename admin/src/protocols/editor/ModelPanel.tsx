import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import PublishIcon from '@mui/icons-material/Publish';
import GavelIcon from '@mui/icons-material/Gavel';
import { type DataProvider, useCanAccess, useDataProvider, useNotify, usePermissions, useLocaleState, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { errorMessage } from '../../common/conflict';
import type { ProtocolMethods } from '../dataProvider';
import type { ModelProtocol, ProtocolRecord } from '../types';
import type { Permissions } from '../../types';
import { AdoptDialog } from './AdoptDialog';
import { buildEditorState, EditorContext, useEditor } from './context';

type Methods = DataProvider & ProtocolMethods;

/** The models a council may start from or follow (its own, and those published above it); refreshed with the page. */
export function useModels(councilId: string, enabled = true) {
  const dataProvider = useDataProvider<Methods>();
  return useQuery<ModelProtocol[]>({
    queryKey: ['protocols', 'models', councilId],
    queryFn: ({ signal }) => dataProvider.modelProtocols(councilId, signal),
    enabled,
    retry: false,
  });
}

/** "Is a monitoring officer here": may create councils below this one. */
function useIsOfficer(councilId: string) {
  return useCanAccess({ resource: 'councils', action: 'create', record: { parentId: councilId } }).canAccess ?? false;
}

/**
 * Which model this council's protocol follows (what "Compare against the model" compares with),
 * a way to follow one published above, and, for a monitoring officer, building a model from the version on screen.
 */
export function FollowModel() {
  const { record, version, canEditHolders: canEdit } = useEditor();
  const translate = useTranslate();
  const isOfficer = useIsOfficer(record.id);
  const [dialog, setDialog] = useState<'follow' | 'build' | null>(null);
  const model = record.protocol?.model ?? null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1.5, alignItems: 'center', flexWrap: 'wrap' }} data-testid="model-follow">
      <AccountTreeIcon fontSize="small" color="action" />
      <Typography variant="body2">
        {model
          ? translate('protocols.models.follows', { title: model.title })
          : translate('protocols.models.follows_none')}
      </Typography>
      {canEdit && (
        <Button size="small" onClick={() => setDialog('follow')}>
          {translate(model ? 'protocols.models.change' : 'protocols.models.follow')}
        </Button>
      )}
      {isOfficer && (
        <Button size="small" onClick={() => setDialog('build')}>
          {translate('protocols.models.build', { number: version.number })}
        </Button>
      )}
      {dialog === 'follow' && <FollowDialog record={record} onClose={() => setDialog(null)} />}
      {dialog === 'build' && <BuildDialog record={record} versionId={version.id} versionNumber={version.number} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function modelLabel(translate: ReturnType<typeof useTranslate>, m: ModelProtocol) {
  return m.adopted
    ? translate('protocols.models.option', { title: m.title, number: m.adopted.number })
    : translate('protocols.models.not_adopted', { title: m.title });
}

function FollowDialog({ record, onClose }: { record: ProtocolRecord; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<Methods>();
  const models = useModels(record.id);
  const protocol = record.protocol!;
  const [choice, setChoice] = useState<string>(protocol.modelId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await dataProvider.followModelProtocol(protocol.id, protocol.version, choice || null);
      const chosen = models.data?.find((m) => m.id === choice);
      notify(chosen ? 'protocols.models.followed' : 'protocols.models.unfollowed', { type: 'success', messageArgs: { title: chosen?.title ?? '' } });
      refresh();
      onClose();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="follow-model-dialog">
      <DialogTitle>{translate('protocols.models.follow_title')}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>{translate('protocols.models.follow_help')}</DialogContentText>
        {problem && <Alert severity="error" sx={{ mb: 2 }}>{problem}</Alert>}
        {models.error ? <Alert severity="error" sx={{ mb: 2 }}>{errorMessage(models.error)}</Alert> : null}
        {models.data && models.data.length === 0 && <Alert severity="info" sx={{ mb: 2 }}>{translate('protocols.models.no_models')}</Alert>}
        <TextField
          select
          fullWidth
          label={translate('protocols.models.model')}
          value={models.data ? choice : ''}
          onChange={(e) => setChoice(e.target.value)}
          disabled={!models.data}
        >
          <MenuItem value="">{translate('protocols.models.none_option')}</MenuItem>
          {(models.data ?? []).map((m) => (
            <MenuItem key={m.id} value={m.id} disabled={!m.adopted}>
              {modelLabel(translate, m)}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={busy || !models.data || choice === (protocol.modelId ?? '')}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** A monitoring officer builds a model from the version on screen, at a council they are monitoring officer of, then opens that council's models. */
function BuildDialog({ record, versionId, versionNumber, onClose }: { record: ProtocolRecord; versionId: string; versionNumber: number; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<Methods>();
  const { permissions } = usePermissions<Permissions>();
  const officerOf = (permissions?.memberships ?? []).filter((m) => m.role === 'MONITORING_OFFICER').map((m) => m.councilId);
  const targets = useQuery({
    queryKey: ['protocols', 'model-targets', ...officerOf],
    queryFn: () => dataProvider.councilNames(officerOf),
    enabled: !!permissions,
  });
  // A platform admin with no membership builds it at the council on screen.
  const choices = targets.data?.length ? targets.data : targets.data ? [{ id: record.council.id, name: record.council.name }] : [];
  const [target, setTarget] = useState<string>('');
  const [title, setTitle] = useState(() => translate('protocols.models.default_title', { council: record.council.name }));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const at = target || choices[0]?.id || '';

  const build = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const model = await dataProvider.createModelProtocol(at, title, versionId);
      notify('protocols.models.built', { type: 'success', messageArgs: { title: model.title, council: choices.find((c) => c.id === at)?.name ?? '' } });
      onClose();
      redirect('show', 'protocols', at);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth data-testid="build-model-dialog">
      <DialogTitle>{translate('protocols.models.build_title', { number: versionNumber, council: record.council.name })}</DialogTitle>
      <DialogContent dividers>
        <DialogContentText sx={{ mb: 2 }}>{translate('protocols.models.build_help')}</DialogContentText>
        {problem && <Alert severity="error" sx={{ mb: 2 }}>{problem}</Alert>}
        <TextField select fullWidth sx={{ mb: 2 }} label={translate('protocols.models.build_for')} value={choices.length ? at : ''} onChange={(e) => setTarget(e.target.value)}>
          {choices.map((c) => (
            <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>
          ))}
        </TextField>
        <TextField
          fullWidth
          label={translate('protocols.models.title_label')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={!title.trim()}
          helperText={!title.trim() ? translate('protocols.validation.not_empty') : ' '}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={build} disabled={busy || !at || !title.trim()}>
          {translate('protocols.models.build_button')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** A council's own model protocols, for its monitoring officer: adopt each, then publish it to the councils below (or withdraw it). */
export function ModelsCard({ council }: { council: ProtocolRecord['council'] }) {
  const [locale] = useLocaleState();
  const isOfficer = useIsOfficer(council.id);
  const models = useModels(council.id, isOfficer);
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<Methods>();
  const [adopting, setAdopting] = useState<ModelProtocol | null>(null);
  const [busy, setBusy] = useState(false);
  if (!isOfficer) return null;
  const own = (models.data ?? []).filter((m) => m.councilId === council.id);

  const publish = async (m: ModelProtocol, published: boolean) => {
    setBusy(true);
    try {
      await dataProvider.publishModelProtocol(m.id, m.version, published);
      notify(published ? 'protocols.models.published_done' : 'protocols.models.withdrawn_done', { type: 'success', messageArgs: { title: m.title } });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="model-protocols">
      <CardContent>
        <Typography variant="h6" component="h2">{translate('protocols.models.card_title', { council: council.name })}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>{translate('protocols.models.card_help')}</Typography>
        {models.error ? <Alert severity="error">{errorMessage(models.error)}</Alert> : null}
        {models.data && own.length === 0 && <Typography color="text.secondary">{translate('protocols.models.card_empty')}</Typography>}
        <Stack spacing={1.5} sx={{ mt: 1 }}>
          {own.map((m) => (
            <Box key={m.id} data-testid={`model-${m.id}`} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} useFlexGap sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}>
                <Box>
                  <Typography sx={{ fontWeight: 600 }}>{m.title}</Typography>
                  <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
                    {m.adopted && <Chip size="small" color="success" label={translate('protocols.models.status_adopted', { number: m.adopted.number })} />}
                    {m.draft && <Chip size="small" color="warning" label={translate('protocols.models.status_draft', { number: m.draft.number })} />}
                    <Chip size="small" variant="outlined" color={m.published ? 'primary' : 'default'} label={translate(m.published ? 'protocols.models.published' : 'protocols.models.unpublished')} />
                  </Stack>
                </Box>
                <Stack direction="row" spacing={1}>
                  {m.draft && (
                    <Button size="small" variant="outlined" startIcon={<GavelIcon />} onClick={() => setAdopting(m)}>
                      {translate('protocols.models.adopt', { number: m.draft.number })}
                    </Button>
                  )}
                  {m.published ? (
                    <Button size="small" disabled={busy} onClick={() => publish(m, false)}>{translate('protocols.models.withdraw')}</Button>
                  ) : (
                    <Button
                      size="small"
                      variant="contained"
                      startIcon={<PublishIcon />}
                      disabled={busy || !m.adopted}
                      title={m.adopted ? undefined : translate('protocols.models.publish_needs_adopted')}
                      onClick={() => publish(m, true)}
                    >
                      {translate('protocols.models.publish')}
                    </Button>
                  )}
                </Stack>
              </Stack>
            </Box>
          ))}
        </Stack>
      </CardContent>
      {adopting?.draft && (
        // The adopt dialog works from an editor's state: here, the model's draft (its roles give the adopting bodies).
        <EditorContext.Provider value={buildEditorState({ id: council.id, council, holders: [], protocol: null }, adopting.draft, true, () => undefined, locale)}>
          <AdoptDialog
            draft={adopting.draft}
            protocolTitle={adopting.title}
            replaces={adopting.adopted?.number ?? null}
            onClose={() => setAdopting(null)}
            onAdopted={() => setAdopting(null)}
          />
        </EditorContext.Provider>
      )}
    </Card>
  );
}

/** For a council with no protocol yet: the models it may start from (with an adopted version). */
export function StartFromModel({ councilId, value, onChange }: { councilId: string; value: string; onChange: (id: string) => void }) {
  const translate = useTranslate();
  const models = useModels(councilId);
  const usable = (models.data ?? []).filter((m) => m.adopted);
  if (!usable.length) return null;
  return (
    <TextField select sx={{ minWidth: 360, mb: 2 }} label={translate('protocols.models.start_from')} value={value} onChange={(e) => onChange(e.target.value)}>
      <MenuItem value="">{translate('protocols.models.start_empty')}</MenuItem>
      {usable.map((m) => (
        <MenuItem key={m.id} value={m.id}>{modelLabel(translate, m)}</MenuItem>
      ))}
    </TextField>
  );
}
