import { useState } from 'react';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useCanAccess, useDataProvider, useNotify } from 'react-admin';
import type { AccordDataProvider } from '../dataProvider';
import { isApiError } from '../graphql';
import { useDiscardGuard } from '../common/useDiscardGuard';
import type { CaseRecord } from './types';
import { useT } from './useT';

const NOTE_MAX = 4000;

/** "Add a note": a note on the case's timeline (`addCaseNote`), whatever its status; asks before discarding a typed note. */
export const AddNoteButton = ({ record, onAdded }: { record: CaseRecord; onAdded: () => void }) => {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'edit', record });
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { guard, confirm } = useDiscardGuard();
  if (!canAccess) return null;
  const close = () => {
    setOpen(false);
    setError(null);
    setNote('');
  };
  const save = async () => {
    const text = note.trim();
    if (!text) return setError(t('casework.add_note.empty'));
    if (text.length > NOTE_MAX) return setError(t('casework.validation.max_4000'));
    setPending(true);
    try {
      await dataProvider.addCaseNote(record.id, text);
      notify(t('casework.add_note.done'), { type: 'success' });
      close();
      onAdded();
    } catch (e) {
      setError(isApiError(e) ? e.message.replace(/^note: /, '') : e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button size="small" startIcon={<NoteAddIcon />} onClick={() => setOpen(true)} data-testid="add-note">
        {t('casework.add_note.button')}
      </Button>
      <Dialog open={open} onClose={() => guard(close, note.trim() !== '')} fullWidth maxWidth="sm" data-testid="note-dialog" aria-labelledby="note-title">
        <DialogTitle id="note-title">{t('casework.add_note.title', { reference: record.reference })}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="note-error">
              {error}
            </Alert>
          )}
          <TextField
            label={t('casework.add_note.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={3}
            autoFocus
            required
            fullWidth
            helperText={t('casework.add_note.help')}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('casework.move.cancel')}</Button>
          <Button variant="contained" onClick={save} disabled={pending}>
            {t('casework.add_note.save')}
          </Button>
        </DialogActions>
      </Dialog>
      {confirm}
    </>
  );
};
