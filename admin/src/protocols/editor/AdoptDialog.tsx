import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { type DataProvider, DateInput, Form, FormDataConsumer, RadioButtonGroupInput, SaveButton, SelectInput, useDataProvider, useGetOne, useNotify, useRefresh, useTranslate } from 'react-admin';
import { scheduledReview } from '../../../../api/src/domain/dates';
import { reviewDatesDiffer } from '../../../../api/src/domain/review-dates';
import { errorMessage, isStaleVersion } from '../../common/conflict';
import type { ProtocolMethods } from '../dataProvider';
import type { ProtocolVersion } from '../types';
import { useDateText } from '../../common/useDateText';
import { useEditor } from './context';

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

type Values = { adoptedOn?: string | null; adoptedBy?: string | null; effectiveFrom?: string | null; nextReviewDue?: string | null; reviewChoice?: 'keep' | 'schedule' };

/**
 * The next review date adopting would leave the council with, and whether to ask: the schedule's date
 * (from the dates entered, else the draft's) against the council's. The API keeps the council's date
 * when told to (keepNextReviewDue), so asking here, keep by default, never overwrites it unasked.
 */
export function reviewOutcome(draft: Pick<ProtocolVersion, 'adoptedOn' | 'effectiveFrom' | 'reviewEveryMonths' | 'reviewOn'>, council: string | null, v: Values) {
  const schedule = scheduledReview({
    adoptedOn: v.adoptedOn || draft.adoptedOn || undefined,
    effectiveFrom: v.effectiveFrom || draft.effectiveFrom || undefined,
    reviewEveryMonths: draft.reviewEveryMonths ?? undefined,
    reviewOn: draft.reviewOn ?? undefined,
  });
  const ask = !v.nextReviewDue && reviewDatesDiffer(council, schedule);
  const keep = ask ? (v.reviewChoice ?? 'keep') === 'keep' : undefined;
  const date = v.nextReviewDue || (ask ? (keep ? council : schedule) : (schedule ?? council));
  return { schedule, ask, keep, date: date ?? null };
}

/** Adopting asks for the date and the adopting body, then asks to confirm: adoption supersedes the version in force. */
export function AdoptDialog(props: { draft: ProtocolVersion; protocolTitle: string; replaces: number | null; onClose: () => void; onAdopted: () => void }) {
  const { draft } = props;
  const { roleChoices, roleTitle, rules, record } = useEditor();
  // A model's draft (ModelPanel) sets no council's review date: only the council's own draft asks.
  const councilDraft = record.protocol?.draft?.id === draft.id;
  const { data: council } = useGetOne<{ id: string; nextReviewDue: string | null }>('councils', { id: record.council.id }, { enabled: councilDraft });
  const councilDate = councilDraft ? (council?.nextReviewDue ?? null) : null;
  const translate = useTranslate();
  const dateText = useDateText();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DataProvider & ProtocolMethods>();
  const [confirming, setConfirming] = useState<Values | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bodies = rules('ROLE').filter((r) => r.body.kind === 'body').map((r) => ({ id: r.body.key, name: r.body.title }));
  const choices = bodies.length ? bodies : roleChoices;
  const defaultBody = choices.find((c) => c.id === 'full_council')?.id ?? choices[0]?.id ?? '';

  // What was entered survives going back from the confirmation (or a refusal).
  const [values, setValues] = useState<Values>(() => ({ adoptedOn: today(), adoptedBy: defaultBody, effectiveFrom: null, nextReviewDue: null, reviewChoice: 'keep' }));
  const outcome = confirming ? reviewOutcome(draft, councilDate, confirming) : null;

  const adopt = async () => {
    if (!confirming) return;
    setBusy(true);
    try {
      await dataProvider.adoptProtocolVersion(draft.id, draft.version, {
        adoptedOn: confirming.adoptedOn || null,
        adoptedBy: confirming.adoptedBy ? confirming.adoptedBy.toUpperCase() : null,
        effectiveFrom: confirming.effectiveFrom || null,
        nextReviewDue: confirming.nextReviewDue || null,
        // Asked only when the council's date and the schedule's differ (keep by default).
        ...(outcome?.keep !== undefined ? { keepNextReviewDue: outcome.keep } : {}),
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
            <FormDataConsumer<Values>>
              {({ formData }) => {
                const o = reviewOutcome(draft, councilDate, formData);
                if (!o.ask) return null;
                return (
                  <Alert severity="info" sx={{ mt: 1 }} data-testid="adopt-review-question">
                    {translate('protocols.adopt.review_differs', { council: dateText(councilDate!), schedule: dateText(o.schedule!) })}
                    <RadioButtonGroupInput
                      source="reviewChoice"
                      label="protocols.adopt.review_question"
                      defaultValue="keep"
                      row={false}
                      choices={[
                        { id: 'keep', name: translate('protocols.adopt.review_keep', { date: dateText(councilDate!) }) },
                        { id: 'schedule', name: translate('protocols.adopt.review_schedule', { date: dateText(o.schedule!) }) },
                      ]}
                      translateChoice={false}
                    />
                  </Alert>
                );
              }}
            </FormDataConsumer>
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
            <DialogContentText sx={{ mt: 1 }} data-testid="adopt-review-outcome">
              {outcome?.date ? translate('protocols.adopt.review_on_adoption', { date: dateText(outcome.date) }) : translate('protocols.adopt.review_none')}
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
