import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { type DataProvider, DateInput, Form, SaveButton, SelectInput, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorMessage, isStaleVersion } from '../../common/conflict';
import type { ProtocolMethods } from '../dataProvider';
import type { ProtocolVersion } from '../types';
import { useDateText } from '../../common/useDateText';
import { useEditor } from './context';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/** Adopting asks for the date and the adopting body, then asks to confirm: adoption supersedes the version in force. */
export function AdoptDialog(props: { draft: ProtocolVersion; protocolTitle: string; replaces: number | null; onClose: () => void; onAdopted: () => void }) {
  const { draft } = props;
  const { roleChoices, roleTitle, rules } = useEditor();
  const translate = useTranslate();
  const dateText = useDateText();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DataProvider & ProtocolMethods>();
  const [confirming, setConfirming] = useState<{ adoptedOn?: string | null; adoptedBy?: string | null; effectiveFrom?: string | null; nextReviewDue?: string | null } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bodies = rules('ROLE').filter((r) => r.body.kind === 'body').map((r) => ({ id: r.body.key, name: r.body.title }));
  const choices = bodies.length ? bodies : roleChoices;
  const defaultBody = choices.find((c) => c.id === 'full_council')?.id ?? choices[0]?.id ?? '';

  // What was entered survives going back from the confirmation (or a refusal).
  const [values, setValues] = useState(() => ({ adoptedOn: today() as string | null, adoptedBy: defaultBody as string | null, effectiveFrom: null as string | null, nextReviewDue: null as string | null }));

  const adopt = async () => {
    if (!confirming) return;
    setBusy(true);
    try {
      await dataProvider.adoptProtocolVersion(draft.id, draft.version, {
        adoptedOn: confirming.adoptedOn || null,
        adoptedBy: confirming.adoptedBy ? confirming.adoptedBy.toUpperCase() : null,
        effectiveFrom: confirming.effectiveFrom || null,
        nextReviewDue: confirming.nextReviewDue || null,
      });
      notify('protocols.adopt.done', { type: 'success', messageArgs: { number: draft.number } });
      refresh();
      props.onAdopted();
    } catch (e) {
      setConfirming(null);
      setProblem(isStaleVersion(e) ? translate('protocols.adopt.stale') : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={props.onClose} maxWidth="sm" fullWidth data-testid="adopt-dialog">
      <DialogTitle>{translate('protocols.adopt.title', { number: draft.number })}</DialogTitle>
      {!confirming ? (
        <Form
          record={values}
          onSubmit={(v: Record<string, any>) => {
            setProblem(null);
            setValues(v as typeof values);
            setConfirming(v as typeof values);
            return undefined;
          }}
        >
          <DialogContent dividers>
            {problem && <Alert severity="error" sx={{ mb: 2 }}>{problem}</Alert>}
            {draft.problems.length > 0 && (
              <Alert severity="warning" sx={{ mb: 2 }}>{translate('protocols.adopt.has_problems', { smart_count: draft.problems.length })}</Alert>
            )}
            <DateInput source="adoptedOn" label="protocols.adopt.adopted_on" helperText="protocols.adopt.adopted_on_help" />
            <SelectInput source="adoptedBy" label="protocols.adopt.adopted_by" choices={choices} helperText="protocols.adopt.adopted_by_help" fullWidth />
            <DateInput source="effectiveFrom" label="protocols.adopt.effective_from" helperText="protocols.adopt.effective_help" />
            <DateInput source="nextReviewDue" label="protocols.adopt.next_review" helperText="protocols.adopt.next_review_help" />
          </DialogContent>
          <DialogActions>
            <Button onClick={props.onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton label="protocols.adopt.next" icon={<GavelIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      ) : (
        <>
          <DialogContent dividers>
            <DialogContentText role="alert">
              {translate(props.replaces ? 'protocols.adopt.confirm_replaces' : 'protocols.adopt.confirm', {
                title: props.protocolTitle,
                number: draft.number,
                date: confirming.adoptedOn ? dateText(confirming.adoptedOn) : translate('protocols.adopt.date_not_stated'),
                body: confirming.adoptedBy ? roleTitle(confirming.adoptedBy) : translate('protocols.adopt.body_not_stated'),
                old: props.replaces ?? '',
              })}
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirming(null)} disabled={busy}>{translate('protocols.adopt.back')}</Button>
            <Button variant="contained" color="success" startIcon={<GavelIcon />} disabled={busy} onClick={adopt}>
              {translate('protocols.adopt.confirm_button', { number: draft.number })}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
