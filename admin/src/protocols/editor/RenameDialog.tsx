import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { type DataProvider, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorMessage, isStaleVersion } from '../../common/conflict';
import { useDiscardGuard } from '../../common/useDiscardGuard';
import { isApiError } from '../../graphql';
import type { ProtocolMethods } from '../dataProvider';
import type { ProtocolRecord } from '../types';

/** Renames a protocol: its title in English and (optionally) in Welsh, with the protocol's version as read. */
export function RenameDialog({ protocol, onClose }: { protocol: NonNullable<ProtocolRecord['protocol']>; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DataProvider & ProtocolMethods>();
  const [title, setTitle] = useState(protocol.title);
  const [titleCy, setTitleCy] = useState(protocol.titleCy ?? '');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { guard, confirm } = useDiscardGuard();
  const dirty = title !== protocol.title || titleCy !== (protocol.titleCy ?? '');
  const tooLong = title.trim().length > 300;

  const save = async () => {
    if (!title.trim() || tooLong) {
      setError({ field: 'title', message: translate('protocols.rename.title_length') });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await dataProvider.renameProtocol(protocol.id, protocol.version, title.trim(), titleCy.trim() || null);
      notify('protocols.rename.done', { type: 'success' });
      refresh();
      onClose();
    } catch (e) {
      setError({
        field: isApiError(e) ? e.field : undefined,
        message: isStaleVersion(e) ? translate('protocols.document.conflict') : errorMessage(e),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Dialog open onClose={() => guard(onClose, dirty)} aria-labelledby="rename-title" data-testid="rename-dialog" fullWidth maxWidth="sm">
        <DialogTitle id="rename-title">{translate('protocols.rename.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {error && !error.field && <Alert severity="error">{error.message}</Alert>}
            <TextField
              label={translate('protocols.rename.english')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              error={error?.field === 'title'}
              helperText={error?.field === 'title' ? error.message : undefined}
              fullWidth
              autoFocus
            />
            <TextField
              label={translate('protocols.rename.welsh')}
              value={titleCy}
              onChange={(e) => setTitleCy(e.target.value)}
              error={error?.field === 'titleCy'}
              helperText={error?.field === 'titleCy' ? error.message : translate('protocols.rename.welsh_help')}
              slotProps={{ htmlInput: { lang: 'cy' } }}
              fullWidth
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => guard(onClose, dirty)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || !dirty} onClick={save}>
            {translate('protocols.rename.save')}
          </Button>
        </DialogActions>
      </Dialog>
      {confirm}
    </>
  );
}
