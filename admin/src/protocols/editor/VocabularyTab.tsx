import { useEffect, useState } from 'react';
import { Alert, AlertTitle, Box, Button, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/Save';
import { type DataProvider, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { isStaleVersion } from '../../common/conflict';
import type { ProtocolMethods } from '../dataProvider';
import type { Problem, VocabularyEntry } from '../types';
import { useEditor } from './context';
import { problemsOf } from './DocumentTab';

type ListName = 'concernKinds' | 'enquiryCategories';
const LISTS: ListName[] = ['concernKinds', 'enquiryCategories'];
const blank = (): VocabularyEntry => ({ key: '', title: '', titleCy: '' });

/** Without empty optional fields, as the document format takes them. */
const tidy = (e: VocabularyEntry) => ({ key: e.key.trim().toLowerCase(), title: e.title.trim(), ...(e.titleCy?.trim() ? { titleCy: e.titleCy.trim() } : {}) });

/**
 * The council's own concern kinds and enquiry categories, beside the built-in ones: each a key
 * (lower case) and a title in English and Welsh. Saved through saveDraftDocument (the draft read
 * whole, its vocabulary replaced, saved at once), so every problem comes back with its path.
 */
export function VocabularyTab() {
  const { version, editable, ownConcernKinds, ownCategories } = useEditor();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DataProvider & ProtocolMethods>();
  const initial = { concernKinds: ownConcernKinds, enquiryCategories: ownCategories };
  const [lists, setLists] = useState<Record<ListName, VocabularyEntry[]>>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(LISTS.map((l) => lists[l].map(tidy))) !== JSON.stringify(LISTS.map((l) => initial[l].map(tidy)));

  // The draft was saved (here or elsewhere): show what it holds now.
  useEffect(() => {
    setLists({ concernKinds: ownConcernKinds, enquiryCategories: ownCategories });
  }, [ownConcernKinds, ownCategories]);

  const change = (list: ListName, i: number, field: keyof VocabularyEntry, value: string) =>
    setLists((all) => ({ ...all, [list]: all[list].map((e, j) => (j === i ? { ...e, [field]: value } : e)) }));

  const save = async () => {
    setBusy(true);
    try {
      const { document, version: current } = await dataProvider.readProtocolDocument(version.id);
      if (current !== version.version) throw Object.assign(new Error(translate('protocols.document.conflict')), { stale: true });
      const vocabulary = { concernKinds: lists.concernKinds.map(tidy), enquiryCategories: lists.enquiryCategories.map(tidy) };
      await dataProvider.saveDraftDocument(version.id, version.version, { ...document, vocabulary });
      setProblems([]);
      notify('protocols.common.saved', { type: 'success' });
      refresh();
    } catch (e) {
      setProblems(isStaleVersion(e) || (e as { stale?: boolean }).stale ? [{ path: '', message: translate('protocols.document.conflict') }] : problemsOf(e));
    } finally {
      setBusy(false);
    }
  };

  // "vocabulary.concernKinds[1].key" → beside that field.
  const fieldError = (list: ListName, i: number, field: string) => problems.find((p) => p.path === `vocabulary.${list}[${i}].${field}`)?.message;

  return (
    <Box data-testid="vocabulary-tab">
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('protocols.vocabulary.help')}
      </Typography>
      {problems.length > 0 && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert" data-testid="vocabulary-problems">
          <AlertTitle>{translate('protocols.document.problems', { smart_count: problems.length })}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {problems.map((p, i) => (
              <li key={i}>
                {p.path && <code>{p.path}</code>} {p.message}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      {LISTS.map((list) => (
        <Box key={list} sx={{ mb: 3 }} data-testid={`vocabulary-${list}`}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {translate(`protocols.vocabulary.${list}`)}
          </Typography>
          {lists[list].length === 0 && !editable && <Typography color="text.secondary">{translate('protocols.vocabulary.none')}</Typography>}
          {lists[list].length > 0 && (
            <Table size="small" aria-label={translate(`protocols.vocabulary.${list}`)}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('protocols.vocabulary.key')}</TableCell>
                  <TableCell>{translate('protocols.vocabulary.title_en')}</TableCell>
                  <TableCell>{translate('protocols.vocabulary.title_cy')}</TableCell>
                  {editable && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {lists[list].map((e, i) => {
                  const n = i + 1;
                  return (
                    <TableRow key={i}>
                      {(['key', 'title', 'titleCy'] as const).map((field) => (
                        <TableCell key={field}>
                          {editable ? (
                            <TextField
                              size="small"
                              value={e[field] ?? ''}
                              onChange={(ev) => change(list, i, field, ev.target.value)}
                              error={!!fieldError(list, i, field)}
                              helperText={fieldError(list, i, field) ?? (field === 'key' ? translate('protocols.vocabulary.key_help') : undefined)}
                              slotProps={{ htmlInput: { 'aria-label': translate(`protocols.vocabulary.${field === 'key' ? 'key' : field === 'title' ? 'title_en' : 'title_cy'}_of`, { n }), ...(field === 'titleCy' ? { lang: 'cy' } : {}) } }}
                              fullWidth
                            />
                          ) : (
                            <span lang={field === 'titleCy' ? 'cy' : undefined}>{field === 'key' ? <code>{e.key}</code> : e[field]}</span>
                          )}
                        </TableCell>
                      ))}
                      {editable && (
                        <TableCell>
                          <Tooltip title={translate('protocols.vocabulary.remove', { n })}>
                            <IconButton
                              aria-label={translate('protocols.vocabulary.remove', { n })}
                              onClick={() => setLists((all) => ({ ...all, [list]: all[list].filter((_, j) => j !== i) }))}
                            >
                              <DeleteIcon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          {editable && (
            <Button startIcon={<AddIcon />} onClick={() => setLists((all) => ({ ...all, [list]: [...all[list], blank()] }))} sx={{ mt: 1 }}>
              {translate(`protocols.vocabulary.add_${list}`)}
            </Button>
          )}
        </Box>
      ))}
      {editable && (
        <Stack direction="row" spacing={1}>
          <Button variant="contained" startIcon={<SaveIcon />} disabled={busy || !dirty} onClick={save}>
            {translate('protocols.vocabulary.save')}
          </Button>
          <Button disabled={busy || !dirty} onClick={() => { setLists(initial); setProblems([]); }}>
            {translate('protocols.document.revert')}
          </Button>
        </Stack>
      )}
    </Box>
  );
}
