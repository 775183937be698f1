import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { CreatedApiKey } from '../types';

/**
 * Shows a new key's secret, the only time it is ever shown. It closes only through
 * its button, so a stray click or Escape cannot lose the key.
 */
export const SecretDialog = ({ apiKey, onDone }: { apiKey: CreatedApiKey; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey.secret);
      notify('accord.apiKeys.copied', { type: 'success' });
    } catch {
      notify('accord.apiKeys.copy_failed', { type: 'warning' });
    }
  };

  return (
    <Dialog open aria-labelledby="api-key-secret-title" maxWidth="sm" fullWidth>
      <DialogTitle id="api-key-secret-title">{translate('accord.apiKeys.secret_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('accord.apiKeys.secret_warning')}
        </Alert>
        <TextField
          label={apiKey.name}
          value={apiKey.secret}
          fullWidth
          onFocus={(e) => e.target.select()}
          slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'api-key-secret', sx: { fontFamily: 'monospace' } } }}
        />
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate('accord.apiKeys.copy')}
        </Button>
        <Button variant="contained" onClick={onDone}>
          {translate('accord.apiKeys.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
