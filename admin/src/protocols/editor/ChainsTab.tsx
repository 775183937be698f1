import { useState } from 'react';
import { Box, Button, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  ArrayInput,
  AutocompleteArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { RuleEntry } from '../types';
import { validateNotEmpty, validateRequired, validateWorkingDays } from '../validation';
import { CONCERN_KINDS, PRECONDITIONS, SEVERITIES, STEP_ACTIONS, vocabChoices } from '../vocab';
import { ClauseChips } from './ClauseChips';
import { RuleActions, RuleDialog, useRuleRemoval } from './ruleEditing';
import { useEditor } from './context';

const concernChoices = vocabChoices(CONCERN_KINDS, 'concern');
const severityChoices = vocabChoices(SEVERITIES, 'severity');
const actionChoices = vocabChoices(STEP_ACTIONS, 'action');
const preconditionChoices = vocabChoices(PRECONDITIONS, 'precondition');

// A step's handler is not required here: a step may say who handles it in handledBy instead (format 2);
// the API refuses a step with neither, and its field error lands beside this input.
/** A handler expression (format 2) in words, with the council's own role titles. */
function handledByText(h: any, roleTitle: (key: string) => string): string {
  if (!h || typeof h !== 'object') return '';
  if (h.procedure) return h.procedure.name;
  if (h.role) return roleTitle(h.role) + (h.orNominee ? ' (or nominee)' : '');
  if (Array.isArray(h.anyOf)) return h.anyOf.map((x: any) => handledByText(x, roleTitle)).join(' or ');
  if (Array.isArray(h.allOf)) return h.allOf.map((x: any) => handledByText(x, roleTitle)).join(' and ');
  return '';
}

/** The escalation chains: each an ordered list of steps, with who handles each and who is told. */

export function ChainsTab() {
  const { rules, editable, roleTitle } = useEditor();
  const translate = useTranslate();
  const [editing, setEditing] = useState<RuleEntry | 'new' | null>(null);
  const removal = useRuleRemoval();
  const chains = rules('CHAIN');
  return (
    <Box>
      {editable && (
        <Button startIcon={<AddIcon />} onClick={() => setEditing('new')} sx={{ mb: 1 }}>
          {translate('protocols.chains.add')}
        </Button>
      )}
      <Stack spacing={2}>
        {chains.map((entry) => {
          const c = entry.body;
          const name = chainName(translate, c, roleTitle);
          return (
            <Card key={entry.id} variant="outlined" data-testid={`chain-${entry.key}`}>
              <CardHeader
                title={name}
                slotProps={{ title: { variant: 'subtitle1', component: 'h3', sx: { fontWeight: 600 } } }}
                subheader={<ClauseChips numbers={c.clauses} />}
                action={
                  editable && (
                    <Stack direction="row">
                      <RuleActions small={false} editLabel={translate('protocols.chains.edit', { name })} onEdit={() => setEditing(entry)} onRemove={() => removal.ask(entry)} />
                    </Stack>
                  )
                }
              />
              <CardContent sx={{ pt: 0 }}>
                <Box component="ol" sx={{ m: 0, pl: 3 }}>
                  {(c.steps as any[]).map((s, i) => (
                    <Box component="li" key={i} sx={{ mb: 1.5 }} data-testid="chain-step">
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                        <Typography sx={{ fontWeight: 600 }}>{(s as any).handledBy ? handledByText((s as any).handledBy, roleTitle) : roleTitle(s.handler)}</Typography>
                        <Chip size="small" label={translate(`protocols.vocab.action.${s.action}`)} />
                        {s.workingDays !== undefined && (
                          <Chip size="small" variant="outlined" label={translate('protocols.chains.days', { smart_count: s.workingDays })} />
                        )}
                        {(s.notify as string[]).length > 0 && (
                          <Typography variant="body2" color="text.secondary">
                            {translate('protocols.chains.notifies', { roles: (s.notify as string[]).map(roleTitle).join(', ') })}
                          </Typography>
                        )}
                      </Stack>
                      <Typography variant="body2" sx={{ my: 0.5 }}>{s.description}</Typography>
                      <ClauseChips numbers={s.clauses} />
                    </Box>
                  ))}
                </Box>
                {c.externalBody && (
                  <Typography variant="body2" color="text.secondary">
                    {translate('protocols.chains.external', { body: roleTitle(c.externalBody) })}
                  </Typography>
                )}
              </CardContent>
            </Card>
          );
        })}
        {chains.length === 0 && <Typography color="text.secondary">{translate('protocols.chains.none')}</Typography>}
      </Stack>
      {editing && <ChainDialog entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removal.confirm}
    </Box>
  );
}

export function chainName(translate: (k: string, o?: any) => string, c: Record<string, any>, roleTitle: (k: string) => string) {
  const parts = [translate(`protocols.vocab.concern.${c.concern}`)];
  if (c.severity && c.severity !== 'any') parts.push(translate(`protocols.vocab.severity.${c.severity}`));
  if (c.about) parts.push(translate('protocols.chains.about', { role: roleTitle(c.about) }));
  return parts.join(' · ');
}

function ChainDialog({ entry, onClose }: { entry: RuleEntry | null; onClose: () => void }) {
  const { roleChoices, clauseChoices, roleTitle } = useEditor();
  const translate = useTranslate();
  const existing = !!entry;
  return (
    <RuleDialog
      entry={entry}
      section="CHAIN"
      testId="chain-dialog"
      title={entry ? translate('protocols.chains.edit', { name: chainName(translate, entry.body, roleTitle) }) : translate('protocols.chains.add')}
      initialValues={{ concern: '', severity: 'any', steps: [{ notify: [], preconditions: [], clauses: [] }], clauses: [] }}
      onClose={onClose}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {/* What identifies the chain: fixed once it exists (a different concern is a different chain). */}
        <SelectInput source="concern" label="protocols.chains.concern" choices={concernChoices} validate={validateRequired} readOnly={existing} />
        <SelectInput source="severity" label="protocols.chains.severity" choices={severityChoices} validate={validateRequired} readOnly={existing} />
        <SelectInput source="about" label="protocols.chains.about_role" choices={roleChoices} emptyText="protocols.common.none" readOnly={existing} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectInput source="externalBody" label="protocols.chains.external_body" choices={roleChoices} emptyText="protocols.common.none" />
        <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} sx={{ minWidth: 260 }} />
      </Stack>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('protocols.chains.steps')}</Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>{translate('protocols.chains.steps_help')}</Typography>
      <ArrayInput source="steps" label={false}>
        <SimpleFormIterator getItemLabel={(i) => translate('protocols.chains.step', { number: i + 1 })} fullWidth>
          <SelectInput source="handler" label="protocols.chains.handler" choices={roleChoices} emptyText="protocols.common.none" />
          {/* Who handles the step in full (format 2: a procedure, "A or B", "A and B", a nominee), kept as written; edited in the document. */}
          <FormDataConsumer>
            {({ scopedFormData }) =>
              scopedFormData?.handledBy ? (
                <TextInput source="handledBy" label="protocols.chains.handled_by" readOnly format={(v: unknown) => handledByText(v, roleTitle)} parse={(v: unknown) => v} />
              ) : null
            }
          </FormDataConsumer>
          <SelectInput source="action" label="protocols.chains.action" choices={actionChoices} validate={validateRequired} />
          <NumberInput source="workingDays" label="protocols.chains.working_days" validate={validateWorkingDays} min={0} max={365} />
          <SelectArrayInput source="notify" label="protocols.chains.notify" choices={roleChoices} sx={{ minWidth: 240 }} />
          <SelectArrayInput source="mayNotify" label="protocols.chains.may_notify" choices={roleChoices} sx={{ minWidth: 240 }} />
          <SelectArrayInput source="consult" label="protocols.chains.consult" choices={roleChoices} sx={{ minWidth: 240 }} />
          <SelectArrayInput source="jointWith" label="protocols.chains.joint_with" choices={roleChoices} sx={{ minWidth: 240 }} />
          <SelectArrayInput source="alternatives" label="protocols.chains.alternatives" choices={roleChoices} sx={{ minWidth: 240 }} />
          <BooleanInput source="withSubjectFirst" label="protocols.chains.with_subject_first" helperText="protocols.chains.with_subject_first_help" />
          <SelectArrayInput source="preconditions" label="protocols.chains.preconditions" choices={preconditionChoices} sx={{ minWidth: 240 }} />
          <TextInput source="description" label="protocols.chains.description" validate={validateNotEmpty} multiline minRows={2} fullWidth />
          <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} />
        </SimpleFormIterator>
      </ArrayInput>
    </RuleDialog>
  );
}
