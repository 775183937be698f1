import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Stack,
  Tab,
  Tabs,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import GavelIcon from '@mui/icons-material/Gavel';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import DriveFileRenameOutlineIcon from '@mui/icons-material/DriveFileRenameOutline';
import { Confirm, type DataProvider, Title, useCanAccess, useDataProvider, useGetOne, useNotify, useLocaleState, useRefresh, useTranslate } from 'react-admin';
import { errorMessage } from '../../common/conflict';
import type { ProtocolMethods } from '../dataProvider';
import type { ProtocolRecord } from '../types';
import { AdoptDialog } from './AdoptDialog';
import { ChainsTab } from './ChainsTab';
import { DocumentTab } from './DocumentTab';
import { RenameDialog } from './RenameDialog';
import { VocabularyTab } from './VocabularyTab';
import { useDiscardGuard } from '../../common/useDiscardGuard';
import { ClausesTab } from './ClausesTab';
import { CompareTab } from './CompareTab';
import { buildEditorState, EditorContext, type EditorState } from './context';
import { FollowModel, ModelsCard, StartFromModel } from './ModelPanel';
import { ConfidentialityTab, CorrespondenceTab, OtherRulesTab } from './RulesTabs';
import { ReviewTab } from './ReviewTab';
import { RolesTab } from './RolesTab';
import { useDateText } from '../../common/useDateText';
import { StandardsTab } from './StandardsTab';

const TABS = ['clauses', 'roles', 'vocabulary', 'chains', 'standards', 'confidentiality', 'correspondence', 'review', 'other', 'document', 'compare'] as const;
type TabName = (typeof TABS)[number];

/** A council's protocol: the adopted version read-only, the draft editable. Loaded on demand (React.lazy). */
export default function ProtocolEditor() {
  const { id: councilId } = useParams<{ id: string }>();
  const translate = useTranslate();
  // meta keeps this query apart from the list's cache of the same ids (which holds council rows, not protocols).
  const { data, isPending, error } = useGetOne<ProtocolRecord>('protocols', { id: councilId!, meta: { editor: true } }, { enabled: !!councilId });
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'councils', action: 'edit', record: { id: councilId } });

  if (isPending || (data && !data.council)) {
    return (
      <Box sx={{ p: 4, display: 'flex', justifyContent: 'center' }}>
        <CircularProgress aria-label={translate('ra.page.loading')} />
      </Box>
    );
  }
  if (error || !data) return <Alert severity="error" sx={{ m: 2 }}>{errorMessage(error)}</Alert>;
  return <Editor record={data} canEdit={canEdit} />;
}

function Editor({ record, canEdit }: { record: ProtocolRecord; canEdit: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dateText = useDateText();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DataProvider & ProtocolMethods>();
  const { protocol } = record;
  const [view, setView] = useState<'draft' | 'adopted'>(protocol?.draft ? 'draft' : 'adopted');
  const [tab, setTab] = useState<TabName>('clauses');
  const [focusClause, setFocusClause] = useState<string | null>(null);
  const [adopting, setAdopting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [startModel, setStartModel] = useState('');
  const [renaming, setRenaming] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  // Typed text in the Document tab not yet saved: asked before it is left (another tab, the other version, a reload).
  const [documentDirty, setDocumentDirty] = useState(false);
  const { guard, confirm: discardTyped } = useDiscardGuard();
  const leaving = (go: () => void) => guard(go, documentDirty && tab === 'document');
  const goTab = (t: TabName) => leaving(() => setTab(t));
  useEffect(() => {
    if (!documentDirty) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [documentDirty]);

  const version = view === 'draft' && protocol?.draft ? protocol.draft : (protocol?.adopted ?? protocol?.draft ?? null);

  const showClause = useCallback((n: string) => {
    setTab('clauses');
    setFocusClause(n);
  }, []);

  const state = useMemo<EditorState | null>(() => {
    if (!version) return null;
    return buildEditorState(record, version, canEdit, showClause, locale);
  }, [record, version, canEdit, showClause, locale]);

  const startDraft = async () => {
    if (!protocol) return;
    setBusy(true);
    try {
      await dataProvider.startProtocolDraft(protocol.id);
      notify('protocols.editor.draft_started', { type: 'success' });
      setView('draft');
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const discardDraft = async () => {
    if (!protocol?.draft) return;
    setBusy(true);
    try {
      await dataProvider.discardDraft(protocol.draft.id, protocol.draft.version);
      notify('protocols.editor.draft_discarded', { type: 'success' });
      setDocumentDirty(false);
      setDiscarding(false);
      setTab('clauses');
      setView('adopted');
      refresh();
    } catch (e) {
      setDiscarding(false);
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const createProtocol = async () => {
    setBusy(true);
    try {
      await dataProvider.createProtocol(record.id, startModel || null);
      setView('draft');
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const title = translate('protocols.editor.title', { council: record.council.name });
  if (!protocol || !version || !state) {
    return (
      <>
      <Card sx={{ mt: 2 }}>
        <Title title={title} />
        <CardContent>
          <Typography variant="h5" gutterBottom>{record.council.name}</Typography>
          <Typography gutterBottom>{translate('protocols.editor.none')}</Typography>
          {canEdit && (
            <Box>
              <StartFromModel councilId={record.id} value={startModel} onChange={setStartModel} />
              <Box>
                <Button variant="contained" disabled={busy} onClick={createProtocol}>
                  {translate('protocols.editor.create')}
                </Button>
              </Box>
            </Box>
          )}
        </CardContent>
      </Card>
      <ModelsCard council={record.council} />
      </>
    );
  }

  const isDraft = version.status === 'DRAFT';
  return (
    <EditorContext.Provider value={state}>
      <Title title={title} />
      {/* Inline-size containment: the wide tab strip scrolls instead of widening the page. */}
      <Box sx={{ containerType: 'inline-size', width: '100%' }}>
      <Card sx={{ mt: 2 }} data-testid="protocol-editor">
        <CardContent sx={{ pb: 1 }}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}>
            <Box>
              <Typography variant="overline" color="text.secondary">{record.council.name}</Typography>
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                <Typography variant="h5" component="h2" data-testid="protocol-title">{protocol.title}</Typography>
                {canEdit && (
                  <Button size="small" startIcon={<DriveFileRenameOutlineIcon />} onClick={() => setRenaming(true)}>
                    {translate('protocols.rename.button')}
                  </Button>
                )}
              </Stack>
              {protocol.titleCy && (
                <Typography variant="subtitle1" lang="cy" data-testid="protocol-title-cy">
                  {protocol.titleCy}
                </Typography>
              )}
              <Typography variant="body2" color="text.secondary">
                {protocol.adopted
                  ? translate(protocol.adopted.adoptedBy ? 'protocols.editor.adopted_summary' : 'protocols.editor.adopted_summary_no_body', {
                      number: protocol.adopted.number,
                      date: protocol.adopted.adoptedOn ? dateText(protocol.adopted.adoptedOn) : translate('protocols.adopt.date_not_stated'),
                      body: state.roleTitle(protocol.adopted.adoptedBy?.toLowerCase()),
                    })
                  : translate('protocols.editor.never_adopted')}
                {protocol.adopted?.nextReviewDue ? ` · ${translate('protocols.editor.next_review', { date: dateText(protocol.adopted.nextReviewDue) })}` : ''}
              </Typography>
            </Box>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              {protocol.draft && protocol.adopted && (
                <ToggleButtonGroup
                  size="small"
                  exclusive
                  value={view}
                  onChange={(_, v) => v && leaving(() => setView(v))}
                  aria-label={translate('protocols.editor.which_version')}
                >
                  <ToggleButton value="adopted">{translate('protocols.editor.view_adopted', { number: protocol.adopted.number })}</ToggleButton>
                  <ToggleButton value="draft">{translate('protocols.editor.view_draft', { number: protocol.draft.number })}</ToggleButton>
                </ToggleButtonGroup>
              )}
              {!protocol.draft && canEdit && (
                <Button variant="contained" startIcon={<EditNoteIcon />} disabled={busy} onClick={startDraft}>
                  {translate('protocols.editor.start_draft')}
                </Button>
              )}
              {isDraft && (
                <Button variant="outlined" startIcon={<CompareArrowsIcon />} onClick={() => goTab('compare')}>
                  {translate('protocols.editor.compare')}
                </Button>
              )}
              {/* Only beside an adopted version: discarding a first draft would leave the protocol with no version at all. */}
              {isDraft && canEdit && protocol.adopted && (
                <Button variant="outlined" color="error" startIcon={<DeleteSweepIcon />} disabled={busy} onClick={() => setDiscarding(true)}>
                  {translate('protocols.editor.discard_draft')}
                </Button>
              )}
              {isDraft && canEdit && (
                <Button variant="contained" color="success" startIcon={<GavelIcon />} onClick={() => setAdopting(true)}>
                  {translate('protocols.editor.adopt')}
                </Button>
              )}
            </Stack>
          </Stack>

          <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
            <Chip
              size="small"
              color={isDraft ? 'warning' : 'success'}
              label={translate(isDraft ? 'protocols.editor.status_draft' : 'protocols.editor.status_adopted', { number: version.number })}
            />
            {!isDraft && <Chip size="small" variant="outlined" label={translate('protocols.editor.read_only')} />}
            <Chip size="small" variant="outlined" label={translate('protocols.editor.clause_count', { smart_count: version.clauses.length })} />
          </Stack>
          <FollowModel />

          {isDraft && version.problems.length > 0 && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              <AlertTitle>{translate('protocols.editor.problems', { smart_count: version.problems.length })}</AlertTitle>
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {version.problems.slice(0, 8).map((p) => (
                  <li key={`${p.path} ${p.message}`}>
                    <code>{p.path}</code> {p.message}
                  </li>
                ))}
              </Box>
            </Alert>
          )}
        </CardContent>

        <Tabs
          value={tab}
          onChange={(_, t) => goTab(t)}
          variant="scrollable"
          scrollButtons="auto"
          sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
        >
          {TABS.filter((t) => t !== 'compare' || isDraft).map((t) => (
            <Tab key={t} value={t} label={translate(`protocols.tabs.${t}`)} />
          ))}
        </Tabs>
        <Box sx={{ p: 2 }} role="tabpanel">
          {tab === 'clauses' && <ClausesTab focus={focusClause} />}
          {tab === 'roles' && <RolesTab />}
          {tab === 'chains' && <ChainsTab />}
          {tab === 'standards' && <StandardsTab />}
          {tab === 'confidentiality' && <ConfidentialityTab />}
          {tab === 'correspondence' && <CorrespondenceTab />}
          {tab === 'review' && <ReviewTab />}
          {tab === 'other' && <OtherRulesTab />}
          {tab === 'vocabulary' && <VocabularyTab />}
          {tab === 'document' && <DocumentTab key={version.id} onDirty={setDocumentDirty} />}
          {tab === 'compare' && isDraft && <CompareTab />}
        </Box>
      </Card>
      <ModelsCard council={record.council} />
      </Box>
      {discardTyped}
      {renaming && (
        <RenameDialog protocol={protocol} onClose={() => setRenaming(false)} />
      )}
      <Confirm
        isOpen={discarding}
        loading={busy}
        title={translate('protocols.editor.discard_title', { number: protocol.draft?.number ?? '' })}
        content={translate('protocols.editor.discard_confirm')}
        confirm="protocols.editor.discard_draft"
        confirmColor="warning"
        onConfirm={discardDraft}
        onClose={() => setDiscarding(false)}
      />
      {adopting && protocol.draft && (
        <AdoptDialog
          draft={protocol.draft}
          protocolTitle={protocol.title}
          replaces={protocol.adopted?.number ?? null}
          onClose={() => setAdopting(false)}
          onAdopted={() => {
            setAdopting(false);
            setView('adopted');
          }}
        />
      )}
    </EditorContext.Provider>
  );
}
