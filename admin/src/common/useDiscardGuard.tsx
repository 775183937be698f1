import { useCallback, useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * Asks before a dialog with typed input is closed by Escape or a click outside it: `guard(close,
 * dirty)` closes at once when nothing was typed, else asks "Discard what you typed?" first.
 * Render `confirm` beside the dialog.
 */
export function useDiscardGuard(): { guard: (close: () => void, dirty: boolean) => void; confirm: ReactNode } {
  const translate = useTranslate();
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guard = useCallback((close: () => void, dirty: boolean) => {
    if (dirty) setPending(() => close);
    else close();
  }, []);
  const confirm = (
    <Dialog open={pending !== null} onClose={() => setPending(null)} data-testid="discard-dialog" aria-labelledby="discard-title">
      <DialogTitle id="discard-title">{translate('common.discard.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('common.discard.content')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={() => setPending(null)}>
          {translate('common.discard.keep')}
        </Button>
        <Button
          color="error"
          onClick={() => {
            const close = pending;
            setPending(null);
            close?.();
          }}
        >
          {translate('common.discard.discard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
  return { guard, confirm };
}
