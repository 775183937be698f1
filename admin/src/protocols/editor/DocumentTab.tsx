import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Alert, AlertTitle, Box, Button, CircularProgress, Link, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import SaveIcon from '@mui/icons-material/Save';
import { type DataProvider, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorMessage, isStaleVersion } from '../../common/conflict';
import { useDiscardGuard } from '../../common/useDiscardGuard';
import { isApiError } from '../../graphql';
import type { ProtocolMethods } from '../dataProvider';
import type { Problem } from '../types';
import { useEditor } from './context';
import { lineOfPath, lineRange } from './documentLines';

/** Every problem an API error carries (extensions.problems of a document save), else its message as one problem. */
export function problemsOf(e: unknown): Problem[] {
  const listed = isApiError(e) ? (e.extensions?.problems as Problem[] | undefined) : undefined;
  if (Array.isArray(listed) && listed.length) return listed;
  return [{ path: isApiError(e) && e.field ? e.field : '', message: errorMessage(e) }];
}

/** Downloads text as a file (an object URL on a link, clicked once). */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileName = (title: string, number: number, ext: string) =>
  `${title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'protocol'}-v${number}.${ext}`;

/**
 * The whole version as one document (format 2) in YAML: read, typed over, saved at once. The API
 * checks all of it and reports every problem with its path; nothing is written while there is any.
 * `onDirty` tells the editor there is typed text not yet saved (it asks before leaving the tab).
 */
export function DocumentTab({ onDirty }: { onDirty: (dirty: boolean) => void }) {
  const { version, editable, record } = useEditor();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DataProvider & ProtocolMethods>();
  const [saved, setSaved] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const { guard, confirm } = useDiscardGuard();
  const dirty = saved !== null && text !== saved;

  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  useEffect(() => () => onDirty(false), [onDirty]);

  // The text as typed, for a read that finishes after the person started typing again.
  const current = useRef(text);
  current.current = text;

  const load = useCallback(async () => {
    setLoadError(null);
    const before = current.current;
    try {
      const yaml = await dataProvider.exportProtocolDocument(version.id, 'YAML');
      setSaved(yaml);
      // Typed while it was read: keep the typing (it now shows as not saved against what was read).
      if (current.current === before) setText(yaml);
      setProblems([]);
      setConflict(false);
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }, [dataProvider, version.id]);

  // The version on screen (or its saved content) changed: read it again unless there is typed text.
  const typed = useRef(false);
  typed.current = dirty;
  useEffect(() => {
    if (!typed.current) void load();
  }, [load, version.version]);

  const save = async () => {
    setBusy(true);
    setConflict(false);
    try {
      await dataProvider.importProtocolDocument(version.id, version.version, text);
      setProblems([]);
      setSaved(text);
      notify('protocols.document.saved', { type: 'success' });
      refresh();
    } catch (e) {
      if (isStaleVersion(e)) {
        setConflict(true);
        setProblems([]);
      } else {
        setProblems(problemsOf(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const showLine = (path: string) => {
    const line = lineOfPath(text, path);
    const el = area.current;
    if (!line || !el) return;
    const [start, end] = lineRange(text, line);
    // Scroll the line into view, wrapped lines and all: the height of the text above it, measured in
    // the textarea itself (its value cut there for a moment; no input event is fired).
    const full = el.value;
    el.value = full.slice(0, start);
    const above = el.scrollHeight;
    el.value = full;
    el.focus();
    el.setSelectionRange(start, end);
    el.scrollTop = above > el.clientHeight ? above - el.clientHeight / 3 : 0;
  };

  const downloadAs = async (format: 'YAML' | 'JSON') => {
    try {
      const out = await dataProvider.exportProtocolDocument(version.id, format);
      download(out, fileName(record.protocol?.title ?? '', version.number, format.toLowerCase()), format === 'JSON' ? 'application/json' : 'application/yaml');
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
  };

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    e.target.value = '';
    if (!f) return;
    const content = await f.text();
    guard(() => {
      setText(content);
      setProblems([]);
      notify('protocols.document.uploaded', { type: 'info', messageArgs: { name: f.name } });
    }, dirty);
  };

  if (loadError) return <Alert severity="error">{loadError}</Alert>;
  if (saved === null) {
    return (
      <Box sx={{ p: 2, display: 'flex', justifyContent: 'center' }}>
        <CircularProgress aria-label={translate('ra.page.loading')} />
      </Box>
    );
  }
  const problemId = 'document-problems';
  return (
    <Box data-testid="document-tab">
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate(editable ? 'protocols.document.help' : 'protocols.document.help_read_only')}{' '}
        <Link href="/schema/protocol-document.v2.json" target="_blank" rel="noopener">
          {translate('protocols.document.schema')}
        </Link>
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
        {editable && (
          <Button variant="contained" startIcon={<SaveIcon />} disabled={busy || !dirty} onClick={save}>
            {translate('protocols.document.save')}
          </Button>
        )}
        {editable && (
          <Button variant="outlined" disabled={busy || !dirty} onClick={() => guard(() => void load(), dirty)}>
            {translate('protocols.document.revert')}
          </Button>
        )}
        <Button startIcon={<DownloadIcon />} onClick={() => downloadAs('YAML')}>
          {translate('protocols.document.download_yaml')}
        </Button>
        <Button startIcon={<DownloadIcon />} onClick={() => downloadAs('JSON')}>
          {translate('protocols.document.download_json')}
        </Button>
        {editable && (
          <>
            <Button startIcon={<UploadFileIcon />} onClick={() => file.current?.click()}>
              {translate('protocols.document.upload')}
            </Button>
            <input
              ref={file}
              type="file"
              accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
              hidden
              aria-label={translate('protocols.document.upload')}
              data-testid="document-file"
              onChange={upload}
            />
          </>
        )}
        {dirty && (
          <Typography variant="body2" color="warning.main" role="status">
            {translate('protocols.document.unsaved')}
          </Typography>
        )}
      </Stack>

      {conflict && (
        <Alert
          severity="error"
          sx={{ mb: 1 }}
          data-testid="document-conflict"
          action={
            <Button color="inherit" size="small" onClick={() => guard(() => { refresh(); void load(); }, dirty)}>
              {translate('protocols.document.reload')}
            </Button>
          }
        >
          <AlertTitle>{translate('protocols.document.conflict_title')}</AlertTitle>
          {translate('protocols.document.conflict')}
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid={problemId} role="alert">
          <AlertTitle>{translate('protocols.document.problems', { smart_count: problems.length })}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {problems.map((p, i) => (
              <li key={`${i} ${p.path} ${p.message}`} data-testid="document-problem">
                {p.path && lineOfPath(text, p.path) ? (
                  <Link component="button" type="button" onClick={() => showLine(p.path)} sx={{ fontFamily: 'monospace', verticalAlign: 'baseline' }}>
                    {p.path}
                  </Link>
                ) : (
                  p.path && <code>{p.path}</code>
                )}{' '}
                {p.message}
              </li>
            ))}
          </Box>
        </Alert>
      )}

      <Box
        component="textarea"
        ref={area}
        id="protocol-document-text"
        aria-label={translate('protocols.document.label')}
        aria-describedby={problems.length ? problemId : undefined}
        aria-invalid={problems.length > 0 || undefined}
        readOnly={!editable}
        spellCheck={false}
        value={text}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)}
        sx={{
          width: '100%',
          minHeight: '60vh',
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: '0.875rem',
          lineHeight: 1.5,
          p: 1,
          boxSizing: 'border-box',
          border: 1,
          borderColor: problems.length ? 'error.main' : 'divider',
          borderRadius: 1,
          bgcolor: editable ? 'background.paper' : 'action.hover',
          color: 'text.primary',
          resize: 'vertical',
          tabSize: 2,
        }}
      />
      {confirm}
    </Box>
  );
}
