import { useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import LockIcon from '@mui/icons-material/Lock';
import ReplyIcon from '@mui/icons-material/Reply';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCanAccess, useDataProvider, useNotify } from 'react-admin';
import type { AccordDataProvider } from '../dataProvider';
import { isApiError } from '../graphql';
import { canEscalate, legalActions, type CaseAction, type CaseRecord } from './types';
import { useT } from './useT';
import { useDiscardGuard } from '../common/useDiscardGuard';

const icons: Record<CaseAction, React.ReactElement> = {
  ACKNOWLEDGE: <CheckIcon />,
  RESPOND: <ReplyIcon />,
  ESCALATE: <TrendingUpIcon />,
  RESOLVE: <DoneAllIcon />,
  CLOSE: <LockIcon />,
};

const NOTE_MAX = 4000;

/**
 * One button per transition the lifecycle allows now; each asks for a note and sends the
 * version that was read. A stale version (someone else moved the case) says so and offers to
 * reload, keeping the note typed.
 */
export const MoveCaseButtons = ({ record, onMoved, onReload }: { record: CaseRecord; onMoved: () => void; onReload: () => Promise<unknown> }) => {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'edit', record });
  const [action, setAction] = useState<CaseAction | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ stale: boolean; message: string; field?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const { guard, confirm: confirmDiscard } = useDiscardGuard();

  if (!canAccess) return null;
  const actions = legalActions(record).filter((a) => a !== 'ESCALATE' || canEscalate(record));
  if (actions.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('casework.show.no_actions')}
      </Typography>
    );
  }
  const stillLegal = action !== null && actions.includes(action);

  const close = () => {
    setAction(null);
    setError(null);
  };
  const confirm = async () => {
    if (!action) return;
    if (note.length > NOTE_MAX) {
      setError({ stale: false, message: t('casework.validation.max_4000'), field: 'note' });
      return;
    }
    setPending(true);
    try {
      await dataProvider.moveCase(record.id, action, record.version, note.trim());
      notify(t(`casework.action_done.${action}`), { type: 'success' });
      setNote('');
      close();
      onMoved();
    } catch (e) {
      if (isApiError(e) && e.code === 'CONFLICT' && 'expectedVersion' in e.extensions) setError({ stale: true, message: t('casework.move.conflict') });
      else if (isApiError(e) && e.field === 'note') setError({ stale: false, message: e.message.replace(/^note: /, ''), field: 'note' });
      else setError({ stale: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setPending(false);
    }
  };
  const reload = async () => {
    await onReload();
    setError(null);
  };

  return (
    <>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap data-testid="case-actions">
        {actions.map((a) => (
          <Button key={a} variant={a === actions[0] ? 'contained' : 'outlined'} startIcon={icons[a]} onClick={() => setAction(a)} data-action={a}>
            {t(`casework.action.${a}`)}
          </Button>
        ))}
      </Stack>
      <Dialog open={action !== null} onClose={() => guard(close, note.trim() !== '')} fullWidth maxWidth="sm" data-testid="move-dialog">
        {action && (
          <>
            <DialogTitle>{t('casework.move.title', { action: t(`casework.action.${action}`), reference: record.reference })}</DialogTitle>
            <DialogContent>
              <Stack spacing={2} sx={{ pt: 1 }}>
                {error && !error.field && (
                  <Alert
                    severity={error.stale ? 'warning' : 'error'}
                    data-testid="move-error"
                    action={
                      error.stale ? (
                        <Button color="inherit" size="small" onClick={reload}>
                          {t('casework.move.reload')}
                        </Button>
                      ) : undefined
                    }
                  >
                    {error.message}
                  </Alert>
                )}
                <TextField
                  label={t('casework.move.note')}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  multiline
                  minRows={3}
                  autoFocus
                  error={error?.field === 'note'}
                  helperText={error?.field === 'note' ? error.message : t('casework.move.note_help')}
                  slotProps={{ htmlInput: { 'aria-label': t('casework.move.note') } }}
                />
              </Stack>
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>{t('casework.move.cancel')}</Button>
              <Button variant="contained" onClick={confirm} disabled={pending || !stillLegal || !!error?.stale} startIcon={icons[action]}>
                {t('casework.move.confirm')}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
      {confirmDiscard}
    </>
  );
};
