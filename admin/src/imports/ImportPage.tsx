import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Grid,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { Title, useGetList, useTranslate } from 'react-admin';
import { graphql, session } from '../graphql';
import { i18nProvider } from '../i18n/provider';

interface Clause {
  id: string;
  number: string | null;
  section: string | null;
  text: string;
}
interface Section {
  id: string;
  number: string | null;
  heading: string;
}
interface Suggestion {
  id: string;
  kind: string;
  clause: string;
  start: number;
  end: number;
  excerpt: string;
  confidence: number;
  pattern: string;
  value: unknown;
}
interface ImportRecord {
  id: string;
  status: 'QUEUED' | 'PARSING' | 'READY' | 'FAILED';
  progress: number;
  problem: string | null;
  message: string | null;
  version: number;
  title: string | null;
  draftVersionId: string | null;
  sections: Section[];
  clauses: Clause[];
  suggestions: Suggestion[];
  modelComparison: { modelTitle: string; differences: Difference[] } | null;
}
type Keep = 'MODEL' | 'DOCUMENT';
interface Difference {
  id: string;
  kind: 'clause' | 'rule' | 'review';
  key: string;
  number: string | null;
  section: string | null;
  change: 'added' | 'changed' | 'removed';
  modelValue: unknown;
  documentValue: unknown;
  keep: Keep;
}

const IMPORT = `query ProtocolImport($id: ID!) { protocolImport(id: $id) { id status progress problem message version title draftVersionId
  sections { id number heading } clauses { id number section text } suggestions { id kind clause start end excerpt confidence pattern value }
  modelComparison { modelTitle differences { id kind key number section change modelValue documentValue keep } } } }`;
const COMPARE = `query ModelComparison($id: ID!, $accept: [ID!], $edits: JSON) { protocolImport(id: $id) { id
  modelComparison(accept: $accept, edits: $edits) { modelTitle differences { id kind key number section change modelValue documentValue keep } } } }`;
const FOLLOW = `mutation CreateDraftFollowingModel($id: ID!, $v: Int!, $choices: [FollowModelChoice!], $accept: [ID!], $edits: JSON) {
  createDraftFollowingModel(id: $id, expectedVersion: $v, choices: $choices, accept: $accept, edits: $edits) { draft { id number } notes } }`;
const CREATE = `mutation CreateDraftFromImport($id: ID!, $v: Int!, $input: CreateDraftFromImportInput!) {
  createDraftFromImport(id: $id, expectedVersion: $v, input: $input) { draft { id number } notes } }`;

/** A suggestion in words, short. */
function describe(s: Suggestion): string {
  const v = s.value as Record<string, any>;
  switch (s.kind) {
    case 'ROLE':
      return `${v.title} → ${v.key}`;
    case 'TIME_LIMIT':
      return `${v.what} · ${v.amount ?? ''} ${String(v.unit).replace(/_/g, ' ')}${v.handler ? ` · ${v.handler}` : ''}`;
    case 'ESCALATION':
      return (v.steps as { title: string }[]).map((x) => x.title).join(' → ');
    case 'ACCESS':
      return v.classification;
    case 'CORRESPONDENCE':
      return String(v.key).replace(/_/g, ' ');
    default:
      return Object.entries(v)
        .map(([k, x]) => `${k}: ${x}`)
        .join(' · ');
  }
}

/** A clause's text with the spans suggestions came from marked. */
function Highlighted({ text, spans, active }: { text: string; spans: Suggestion[]; active: string | null }): ReactNode {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out.push(text.slice(at, s.start));
    out.push(
      <mark key={s.id} data-suggestion={s.id} style={{ background: s.id === active ? '#ffd54f' : '#fff3c4', padding: 0 }}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}

/** A percentage bar (role progressbar, aria-valuenow) with the figure beside it. */
const Progress = ({ value, label }: { value: number; label: string }) => (
  <Stack direction="row" spacing={1} alignItems="center" sx={{ minWidth: 160 }}>
    <LinearProgress variant="determinate" value={value} aria-label={label} sx={{ flex: 1 }} data-testid="import-progress" />
    <Typography variant="caption" sx={{ minWidth: 36 }}>{`${value}%`}</Typography>
  </Stack>
);

/** What one side of a difference says, in words: a clause's text, a rule in short, the review schedule. */
function says(t: ReturnType<typeof useTranslate>, d: Difference, value: unknown): string {
  if (value == null) return t('imports.follow.not_said');
  const v = value as Record<string, any>;
  if (d.kind === 'clause') return `${v.number ? `${v.number} ` : ''}${v.heading ? `${v.heading}: ` : ''}${v.text}`;
  if (d.kind === 'review') {
    return [
      v.reviewEveryMonths ? t('imports.follow.every_months', { n: v.reviewEveryMonths }) : null,
      v.reviewOn ? t('imports.follow.review_on', { date: v.reviewOn }) : null,
      v.reviewingBody ? t('imports.follow.reviewed_by', { body: String(v.reviewingBody).replace(/_/g, ' ') }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  }
  switch (d.section) {
    case 'role':
      return `${v.title} (${v.key})`;
    case 'response_standard': {
      const unit = t(`imports.follow.units.${v.unit ?? 'working_days'}`);
      return [
        v.acknowledgeWithinDays != null ? t('imports.follow.acknowledge', { n: v.acknowledgeWithinDays, unit }) : null,
        v.respondWithinDays != null ? t('imports.follow.respond', { n: v.respondWithinDays, unit }) : null,
        v.respondBeforeMeeting ? t('imports.follow.before_meeting') : null,
        v.handler ? String(v.handler).replace(/_/g, ' ') : null,
      ]
        .filter(Boolean)
        .join(' · ');
    }
    case 'chain':
      return (v.steps as { handler?: string }[]).map((x) => String(x.handler ?? '?').replace(/_/g, ' ')).join(' → ');
    default:
      return String(v.description ?? JSON.stringify(v)).slice(0, 300);
  }
}

/** Where the document differs from the model, what each says, which to keep; then a draft that follows the model. */
const FollowModel = ({ cmp, busy, onFollow }: { cmp: NonNullable<ImportRecord['modelComparison']>; busy: boolean; onFollow: (choices: { difference: string; keep: Keep }[]) => void }) => {
  const t = useTranslate();
  const [keep, setKeep] = useState<Record<string, Keep>>({});
  const choice = (d: Difference) => keep[d.id] ?? d.keep;
  const where = (d: Difference) =>
    d.kind === 'clause' ? t('imports.follow.clause', { number: d.number ?? d.key }) : d.kind === 'review' ? t('imports.follow.review') : `${t(`imports.follow.sections.${d.section}`)}: ${d.key.replace(/_/g, ' ')}`;
  return (
    <Card sx={{ mb: 2 }} data-testid="import-model">
      <CardHeader
        title={t('imports.follow.title', { model: cmp.modelTitle })}
        subheader={t('imports.model', {
          model: cmp.modelTitle,
          changed: cmp.differences.filter((c) => c.kind === 'clause' && c.change === 'changed').length,
          added: cmp.differences.filter((c) => c.kind === 'clause' && c.change === 'added').length,
          removed: cmp.differences.filter((c) => c.kind === 'clause' && c.change === 'removed').length,
          rules: cmp.differences.filter((c) => c.kind !== 'clause').length,
        })}
        action={
          <Button variant="contained" disabled={busy} data-testid="import-follow-model" onClick={() => onFollow(cmp.differences.map((d) => ({ difference: d.id, keep: choice(d) })))}>
            {t('imports.follow.button')}
          </Button>
        }
      />
      <CardContent sx={{ maxHeight: '50vh', overflow: 'auto' }}>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('imports.follow.intro')}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('imports.follow.what')}</TableCell>
              <TableCell>{t('imports.follow.model_says')}</TableCell>
              <TableCell>{t('imports.follow.document_says')}</TableCell>
              <TableCell>{t('imports.follow.keep')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {cmp.differences.map((d) => (
              <TableRow key={d.id} data-testid="model-difference" data-difference={d.id} data-keep={choice(d)}>
                <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                  {where(d)}
                  <Typography variant="caption" display="block" color="text.secondary">
                    {t(`imports.follow.change.${d.change}`)}
                  </Typography>
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }} data-side="model">
                  {says(t, d, d.modelValue)}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }} data-side="document">
                  {says(t, d, d.documentValue)}
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <ToggleButtonGroup size="small" exclusive value={choice(d)} onChange={(_e, v: Keep | null) => v && setKeep({ ...keep, [d.id]: v })}>
                    <ToggleButton value="MODEL">{t('imports.follow.keep_model')}</ToggleButton>
                    <ToggleButton value="DOCUMENT">{t('imports.follow.keep_document')}</ToggleButton>
                  </ToggleButtonGroup>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

interface BulkRow {
  filename: string;
  council?: { id: string; name: string };
  id?: string;
  status?: string;
  progress?: number;
  error?: { code: string; message: string };
}

const STATUS_ONLY = `query ImportStatus($id: ID!) { protocolImport(id: $id) { id status progress message } }`;

/** Several files (or one zip) at once, each matched to a council by its name; a row per file with its status. */
const BulkUpload = ({ onReview }: { onReview: (id: string) => void }) => {
  const t = useTranslate();
  const [files, setFiles] = useState<File[]>([]);
  const [rows, setRows] = useState<BulkRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const pending = rows.filter((r) => r.id && (r.status === 'queued' || r.status === 'QUEUED' || r.status === 'PARSING'));
    if (!pending.length) return;
    const timer = setTimeout(async () => {
      const updated = await Promise.all(
        rows.map(async (r) => {
          if (!r.id || !pending.includes(r)) return r;
          const { protocolImport } = await graphql<{ protocolImport: { status: string; progress: number; message: string | null } }>(STATUS_ONLY, { id: r.id }).catch(() => ({
            protocolImport: { status: r.status!, progress: r.progress ?? 0, message: null },
          }));
          return { ...r, status: protocolImport.status, progress: protocolImport.progress, error: protocolImport.status === 'FAILED' ? { code: 'FAILED', message: protocolImport.message ?? '' } : r.error };
        }),
      );
      setRows(updated);
    }, 500);
    return () => clearTimeout(timer);
  }, [rows]);

  const upload = async () => {
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      for (const f of files) form.append('files', f, f.name);
      const token = session.token();
      const res = await fetch('/imports/bulk', { method: 'POST', body: form, headers: { 'Accept-Language': i18nProvider.getLocale(), ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
      const body = (await res.json().catch(() => ({}))) as { results?: BulkRow[]; error?: { message: string } };
      if (body.results) setRows(body.results);
      if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 3 }} data-testid="import-bulk">
      <CardHeader title={t('imports.bulk.title')} subheader={t('imports.bulk.intro')} />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
          <Button variant="outlined" component="label">
            {files.length ? files.map((f) => f.name).join(', ').slice(0, 80) : t('imports.bulk.files')}
            <input hidden multiple type="file" data-testid="import-bulk-files" accept=".zip,.docx,.docm,.pdf,.html,.htm,.md,.txt" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
          </Button>
          <Button variant="contained" disabled={!files.length || busy} onClick={() => void upload()}>
            {t('imports.bulk.upload')}
          </Button>
        </Stack>
        {error && <Alert severity="error">{error}</Alert>}
        {rows.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('imports.bulk.file')}</TableCell>
                <TableCell>{t('imports.bulk.council')}</TableCell>
                <TableCell>{t('imports.bulk.status')}</TableCell>
                <TableCell>{t('imports.bulk.progress')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.filename} data-testid="import-bulk-row">
                  <TableCell>{r.filename}</TableCell>
                  <TableCell>{r.council?.name ?? '—'}</TableCell>
                  <TableCell>{r.error ? <Typography color="error" variant="body2">{r.error.message}</Typography> : t(`imports.status.${String(r.status).toUpperCase()}`)}</TableCell>
                  <TableCell>{r.id && !r.error ? <Progress value={String(r.status).toUpperCase() === 'READY' ? 100 : (r.progress ?? 0)} label={t('imports.progress', { pct: r.progress ?? 0 })} /> : null}</TableCell>
                  <TableCell>
                    {r.id && String(r.status).toUpperCase() === 'READY' && (
                      <Button size="small" onClick={() => onReview(r.id!)}>
                        {t('imports.bulk.review')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

export const ImportPage = () => {
  const t = useTranslate();
  const { data: councils } = useGetList('councils', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } });
  const [councilId, setCouncilId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [decisions, setDecisions] = useState<Record<string, boolean>>({});
  const [edits, setEdits] = useState<Record<string, unknown>>({});
  const [editing, setEditing] = useState<{ id: string; text: string; bad?: boolean } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [created, setCreated] = useState<{ number: number; notes: string[]; followed?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!councilId && councils?.length) setCouncilId(String(councils[0]!.id));
  }, [councils, councilId]);

  // Poll the import until it is read (or failed).
  useEffect(() => {
    if (!importId) return;
    let stop = false;
    const tick = async () => {
      try {
        const { protocolImport } = await graphql<{ protocolImport: ImportRecord }>(IMPORT, { id: importId });
        if (stop) return;
        setRecord(protocolImport);
        if (protocolImport.status === 'READY') {
          setDecisions(Object.fromEntries(protocolImport.suggestions.map((s) => [s.id, s.confidence >= 0.7 && s.kind !== 'ACCESS'])));
          return;
        }
        if (protocolImport.status === 'FAILED') return;
        setTimeout(tick, 400);
      } catch (e) {
        if (!stop) setError((e as Error).message);
      }
    };
    void tick();
    return () => {
      stop = true;
    };
  }, [importId]);

  const upload = async () => {
    if (!file || !councilId) return;
    setError(null);
    setRecord(null);
    setCreated(null);
    setBusy(true);
    try {
      const form = new FormData();
      form.append('councilId', councilId);
      form.append('file', file, file.name);
      const token = session.token();
      const res = await fetch('/imports', { method: 'POST', body: form, headers: { 'Accept-Language': i18nProvider.getLocale(), ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
      const body = (await res.json().catch(() => ({}))) as { id?: string; error?: { message: string } };
      if (!res.ok || !body.id) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
      setImportId(body.id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  /** The reviewer's decisions as the API takes them: the suggestions accepted as they are, and those edited. */
  const chosen = (r: ImportRecord) => {
    const accept = r.suggestions.filter((s) => decisions[s.id] && !(s.id in edits)).map((s) => s.id);
    const chosenEdits = Object.fromEntries(Object.entries(edits).filter(([id]) => decisions[id]));
    return { accept, edits: Object.keys(chosenEdits).length ? chosenEdits : null };
  };

  // The comparison with the model follows the decisions: what is rejected is not the document's to keep.
  const [comparison, setComparison] = useState<ImportRecord['modelComparison']>(null);
  useEffect(() => {
    if (!record || record.status !== 'READY' || !record.modelComparison) return setComparison(null);
    let stop = false;
    const timer = setTimeout(async () => {
      try {
        const { protocolImport } = await graphql<{ protocolImport: Pick<ImportRecord, 'modelComparison'> }>(COMPARE, { id: record.id, ...chosen(record) });
        if (!stop) setComparison(protocolImport.modelComparison);
      } catch (e) {
        if (!stop) setError((e as Error).message);
      }
    }, 300);
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [record, decisions, edits]);

  const createDraft = async () => {
    if (!record) return;
    setBusy(true);
    setError(null);
    try {
      const { accept, edits: chosenEdits } = chosen(record);
      const { createDraftFromImport } = await graphql<{ createDraftFromImport: { draft: { number: number }; notes: string[] } }>(CREATE, {
        id: record.id,
        v: record.version,
        input: { accept, edits: chosenEdits },
      });
      setCreated({ number: createDraftFromImport.draft.number, notes: createDraftFromImport.notes });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const followModel = async (choices: { difference: string; keep: Keep }[]) => {
    if (!record) return;
    setBusy(true);
    setError(null);
    try {
      const { createDraftFollowingModel } = await graphql<{ createDraftFollowingModel: { draft: { number: number }; notes: string[] } }>(FOLLOW, { id: record.id, v: record.version, choices, ...chosen(record) });
      setCreated({ number: createDraftFollowingModel.draft.number, notes: createDraftFollowingModel.notes, followed: true });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const bySection = useMemo(() => {
    if (!record) return [];
    const groups: { section: Section | null; clauses: Clause[] }[] = [];
    for (const c of record.clauses) {
      const last = groups[groups.length - 1];
      if (last && (last.section?.id ?? null) === c.section) last.clauses.push(c);
      else groups.push({ section: record.sections.find((s) => s.id === c.section) ?? null, clauses: [c] });
    }
    return groups;
  }, [record]);
  const accepted = record ? record.suggestions.filter((s) => decisions[s.id]).length : 0;

  return (
    <Box sx={{ p: 2 }} data-testid="import-page">
      <Title title={t('imports.title')} />
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('imports.intro')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }} alignItems="center">
        <TextField select size="small" label={t('imports.council')} value={councilId} onChange={(e) => setCouncilId(e.target.value)} sx={{ minWidth: 260 }} slotProps={{ htmlInput: { 'data-testid': 'import-council' } }}>
          {(councils ?? []).map((c) => (
            <MenuItem key={c.id} value={String(c.id)}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" component="label">
          {file ? file.name : t('imports.file')}
          <input hidden type="file" data-testid="import-file" accept=".docx,.docm,.pdf,.html,.htm,.md,.txt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Button>
        <Button variant="contained" disabled={!file || !councilId || busy} onClick={() => void upload()}>
          {t('imports.upload')}
        </Button>
      </Stack>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="import-error">
          {error}
        </Alert>
      )}
      {record && record.status !== 'READY' && (
        <Box sx={{ mb: 2 }} data-testid="import-status">
          <Typography>{t(`imports.status.${record.status}`)}</Typography>
          {record.status === 'FAILED' ? <Alert severity="warning">{record.message}</Alert> : <Progress value={record.progress} label={t('imports.progress', { pct: record.progress })} />}
        </Box>
      )}
      {created && (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="import-created" action={<Button href={`${import.meta.env.BASE_URL}protocols`}>{t('imports.open_protocols')}</Button>}>
          {t(created.followed ? 'imports.follow.created' : 'imports.created', { number: created.number })}
          {created.notes.length > 0 && (
            <>
              <Typography variant="subtitle2" sx={{ mt: 1 }}>
                {t('imports.notes')}
              </Typography>
              <ul>
                {created.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
      {record?.status === 'READY' && comparison && !created && <FollowModel cmp={comparison} busy={busy} onFollow={(c) => void followModel(c)} />}
      {record?.status === 'READY' && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }}>
            <Card data-testid="import-document">
              <CardHeader title={record.title ?? t('imports.document')} />
              <CardContent sx={{ maxHeight: '70vh', overflow: 'auto' }}>
                {bySection.map((g, i) => (
                  <Box key={g.section?.id ?? `none-${i}`} sx={{ mb: 2 }}>
                    {g.section && (
                      <Typography variant="h6">
                        {g.section.number ? `${g.section.number} ` : ''}
                        {g.section.heading}
                      </Typography>
                    )}
                    {g.clauses.map((c) => (
                      <Box key={c.id} id={`clause-${c.id}`} data-clause={c.id} sx={{ display: 'flex', gap: 1, mb: 1 }}>
                        <Typography variant="body2" sx={{ minWidth: 48, fontWeight: 600 }}>
                          {c.number ?? '¶'}
                        </Typography>
                        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                          <Highlighted text={c.text} spans={record.suggestions.filter((s) => s.clause === c.id)} active={active} />
                        </Typography>
                      </Box>
                    ))}
                  </Box>
                ))}
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Card data-testid="import-suggestions">
              <CardHeader
                title={t('imports.suggestions', { accepted, total: record.suggestions.length })}
                action={
                  <Button variant="contained" disabled={busy || !!created} onClick={() => void createDraft()} data-testid="import-create-draft">
                    {t('imports.create_draft')}
                  </Button>
                }
              />
              <CardContent sx={{ maxHeight: '70vh', overflow: 'auto' }}>
                {record.suggestions.map((s) => (
                  <Box
                    key={s.id}
                    data-testid={`suggestion-${s.id}`}
                    data-kind={s.kind}
                    onMouseEnter={() => setActive(s.id)}
                    onClick={() => document.getElementById(`clause-${s.clause}`)?.scrollIntoView({ block: 'center' })}
                    sx={{ borderLeft: 4, borderColor: decisions[s.id] ? 'success.main' : 'divider', pl: 1, mb: 1.5, opacity: decisions[s.id] ? 1 : 0.6 }}
                  >
                    <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
                      <Chip size="small" label={t(`imports.kinds.${s.kind}`)} />
                      <Typography variant="caption">{t('imports.clause', { number: s.clause })}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {t('imports.confidence', { pct: Math.round(s.confidence * 100), pattern: s.pattern })}
                      </Typography>
                    </Stack>
                    <Typography variant="body2">{describe({ ...s, value: edits[s.id] ?? s.value })}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      “{s.excerpt.slice(0, 120)}”
                    </Typography>
                    {editing?.id === s.id ? (
                      <Stack spacing={1} sx={{ mt: 1 }}>
                        <TextField multiline size="small" value={editing.text} error={!!editing.bad} helperText={editing.bad ? t('imports.bad_json') : ''} onChange={(e) => setEditing({ id: s.id, text: e.target.value })} />
                        <Button
                          size="small"
                          onClick={() => {
                            try {
                              const value = JSON.parse(editing.text) as unknown;
                              setEdits({ ...edits, [s.id]: value });
                              setDecisions({ ...decisions, [s.id]: true });
                              setEditing(null);
                            } catch {
                              setEditing({ ...editing, bad: true });
                            }
                          }}
                        >
                          {t('imports.save_edit')}
                        </Button>
                      </Stack>
                    ) : (
                      <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
                        <Button size="small" variant={decisions[s.id] ? 'contained' : 'outlined'} onClick={() => setDecisions({ ...decisions, [s.id]: true })}>
                          {t('imports.accept')}
                        </Button>
                        <Button size="small" variant={decisions[s.id] ? 'outlined' : 'contained'} color="inherit" onClick={() => setDecisions({ ...decisions, [s.id]: false })}>
                          {t('imports.reject')}
                        </Button>
                        <Button size="small" onClick={() => setEditing({ id: s.id, text: JSON.stringify(edits[s.id] ?? s.value, null, 2) })}>
                          {t('imports.edit')}
                        </Button>
                      </Stack>
                    )}
                  </Box>
                ))}
              </CardContent>
            </Card>
          </Grid>
        </Grid>
      )}
      <BulkUpload
        onReview={(id) => {
          setCreated(null);
          setRecord(null);
          setImportId(id);
          window.scrollTo({ top: 0 });
        }}
      />
    </Box>
  );
};
