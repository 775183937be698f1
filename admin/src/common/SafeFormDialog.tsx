import { type ReactNode, useMemo, useRef, useState } from 'react';
import { Alert, AlertTitle, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import {
  Form,
  type RaRecord,
  SaveButton,
  useCreate,
  useNotify,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { useFormContext, useFormState } from 'react-hook-form';
import { useDiscardGuard } from './useDiscardGuard';
import { errorMessage, fieldErrorsOf, isStaleVersion } from './conflict';

type Values = Record<string, any>;

export interface SafeFormDialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The resource whose dataProvider.update / create saves the form. */
  resource: string;
  /** The record as read (its `version` is sent as expectedVersion); absent to create. */
  record?: RaRecord;
  /** The form's values for a record (the record itself by default); for a new record, the initial values. */
  toValues?: (record: RaRecord) => Values;
  initialValues?: Values;
  /** What is sent as `data` to update / create. */
  toData: (values: Values) => Values;
  /** The API names fields from its input's root (e.g. "rule."): stripped to match the form's inputs. */
  fieldPrefix?: string;
  /** Where an API field error goes when it names no input of the form (e.g. all to a JSON editor). */
  mapFieldError?: (errors: Record<string, string>) => Record<string, string>;
  /** Reads the record again (after a conflict). */
  reload?: () => Promise<RaRecord>;
  /** How the other person's version is shown after a reload (e.g. the clause text they saved). */
  renderTheirs?: (theirs: RaRecord) => ReactNode;
  /** meta passed to the data provider (e.g. the version or council id). */
  meta?: Record<string, unknown>;
  children: ReactNode;
  maxWidth?: 'sm' | 'md' | 'lg';
  testId?: string;
}

/**
 * A form in a dialog that saves pessimistically (nothing changes on screen until the API has
 * accepted it) and edits safely: it sends the version that was read, and on a stale version
 * says someone else changed the record, keeps everything typed in the form, and offers to
 * reload their change while keeping one's own text (to save over theirs) or to discard it.
 * Field errors from the API appear beside the inputs they name.
 */
export function SafeFormDialog(props: SafeFormDialogProps) {
  const { open, onClose, title, resource, record, toData, fieldPrefix, reload, renderTheirs, meta, children } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { guard, confirm } = useDiscardGuard();
  const dirty = useRef(false);
  const [create] = useCreate();
  const [update] = useUpdate();
  /** The version the next save is based on: the one read, or the one reloaded after a conflict. */
  const base = useRef<RaRecord | undefined>(record);
  const toValues = props.toValues ?? ((r: RaRecord) => r);
  /** What the form shows: the record read, or theirs once one's own text is discarded. */
  const [formSource, setFormSource] = useState<RaRecord | undefined>(record);
  const [formKey, setFormKey] = useState(0);
  // One object per record shown: a new object would reset the form and lose what was typed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const formValues = useMemo(() => (formSource ? toValues(formSource) : props.initialValues), [formSource]);
  const [discarded, setDiscarded] = useState<Values | undefined>(undefined);
  const [conflict, setConflict] = useState<null | { theirs?: RaRecord }>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (values: Values) => {
    try {
      if (base.current) {
        // Pessimistic: the data provider's update is awaited; the screen changes after it answers.
        await update(
          resource,
          { id: base.current.id, data: toData(values), previousData: base.current, meta },
          { mutationMode: 'pessimistic', returnPromise: true },
        );
      } else {
        await create(resource, { data: toData(values), meta }, { mutationMode: 'pessimistic', returnPromise: true });
      }
      notify('protocols.common.saved', { type: 'success' });
      refresh();
      onClose();
      return undefined;
    } catch (e) {
      if (isStaleVersion(e)) {
        setConflict({});
        return undefined;
      }
      const errors = fieldErrorsOf(e, fieldPrefix);
      if (errors) return props.mapFieldError ? props.mapFieldError(errors) : errors;
      notify(errorMessage(e), { type: 'error' });
      return undefined;
    }
  };

  const reloadKeepingMine = async () => {
    if (!reload) return;
    setBusy(true);
    try {
      const theirs = await reload();
      base.current = theirs;
      setConflict({ theirs });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const reloadDiscardingMine = async (current: Values) => {
    if (!reload) return;
    setBusy(true);
    try {
      const theirs = await reload();
      base.current = theirs;
      // What was typed stays visible (and copyable) below, even after it leaves the form.
      setDiscarded(current);
      setConflict(null);
      setFormSource(theirs);
      refresh();
      setFormKey((k) => k + 1);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
    <Dialog open={open} onClose={() => guard(onClose, dirty.current)} fullWidth maxWidth={props.maxWidth ?? 'md'} data-testid={props.testId}>
      <DialogTitle>{title}</DialogTitle>
      <Form
        key={formKey}
        record={formValues}
        onSubmit={onSubmit}
        sanitizeEmptyValues={false}
      >
        <DirtyWatcher into={dirty} />
        <DialogContent dividers>
          {conflict && (
            <ConflictAlert
              reloaded={!!conflict.theirs}
              busy={busy}
              canReload={!!reload}
              onKeepMine={reloadKeepingMine}
              onDiscardMine={reloadDiscardingMine}
            >
              {conflict.theirs && renderTheirs ? renderTheirs(conflict.theirs) : null}
            </ConflictAlert>
          )}
          {discarded && (
            <Alert severity="info" sx={{ mb: 2 }} onClose={() => setDiscarded(undefined)}>
              <AlertTitle>{translate('protocols.conflict.discarded_title')}</AlertTitle>
              <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0, userSelect: 'all' }}>
                {summarise(discarded)}
              </Box>
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton alwaysEnable={!!conflict?.theirs} />
        </DialogActions>
      </Form>
    </Dialog>
    {confirm}
    </>
  );
}

/** Keeps whether the form has typed changes in `into` (read when the dialog is asked to close). */
function DirtyWatcher({ into }: { into: { current: boolean } }) {
  const { isDirty } = useFormState();
  into.current = isDirty;
  return null;
}

/** The user's typed values, readable: strings as they are, anything else as JSON. */
function summarise(values: Values): string {
  return Object.entries(values)
    .filter(([k, v]) => k !== 'id' && k !== 'version' && v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v, null, 2)}`)
    .join('\n');
}

function ConflictAlert(props: {
  reloaded: boolean;
  busy: boolean;
  canReload: boolean;
  onKeepMine: () => void;
  onDiscardMine: (current: Values) => void;
  children?: ReactNode;
}) {
  const translate = useTranslate();
  const { getValues } = useFormContext();
  return (
    <Alert severity="warning" sx={{ mb: 2 }} role="alert" data-testid="conflict-alert">
      <AlertTitle>{translate('protocols.conflict.title')}</AlertTitle>
      <Typography variant="body2" gutterBottom>
        {translate(props.reloaded ? 'protocols.conflict.reloaded' : 'protocols.conflict.message')}
      </Typography>
      {props.children && (
        <Box sx={{ my: 1 }}>
          <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>
            {translate('protocols.conflict.theirs')}
          </Typography>
          {props.children}
        </Box>
      )}
      {props.canReload && !props.reloaded && (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button variant="contained" size="small" disabled={props.busy} onClick={props.onKeepMine}>
            {translate('protocols.conflict.reload_keep')}
          </Button>
          <Button variant="outlined" size="small" disabled={props.busy} onClick={() => props.onDiscardMine(getValues())}>
            {translate('protocols.conflict.reload_discard')}
          </Button>
        </Stack>
      )}
    </Alert>
  );
}
