import { useState } from 'react';
import { Box, Button, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  ArrayInput,
  AutocompleteArrayInput,
  BooleanInput,
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
import { HandlerInput, handlerErrorsToInput, handlerText, stepsToBody, stepsToValues } from './HandlerInput';
import { useEditor } from './context';

const concernChoices = vocabChoices(CONCERN_KINDS, 'concern');
const severityChoices = vocabChoices(SEVERITIES, 'severity');
const actionChoices = vocabChoices(STEP_ACTIONS, 'action');
const preconditionChoices = vocabChoices(PRECONDITIONS, 'precondition');

/** The escalation chains: each an ordered list of steps, with who handles each and who is told. */

export function ChainsTab() {
  const editor = useEditor();
  const { rules, editable, roleTitle, locale } = editor;
  const translate = useTranslate();
  const [editing, setEditing] = useState<RuleEntry | 'new' | null>(null);
  const removal = useRuleRemoval();
  const chains = rules('CHAIN');
  const cy = (en: string | undefined, welsh: string | undefined) => (locale === 'cy' && welsh ? welsh : en);
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
          const name = chainName(translate, c, roleTitle, editor.concernTitle);
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
                {c.when && (
                  <Typography variant="body2" sx={{ mb: 1 }} data-testid="chain-when">
                    {translate('protocols.chains.when_text', {
                      text: [c.when.raisedBy && `${translate('protocols.chains.when_raised_by')}: ${roleTitle(c.when.raisedBy)}`, c.when.seeks, cy(c.when.description, c.when.descriptionCy)]
                        .filter(Boolean)
                        .join(' · '),
                    })}
                  </Typography>
                )}
                {c.description && (
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {cy(c.description, c.descriptionCy)}
                  </Typography>
                )}
                <Box component="ol" sx={{ m: 0, pl: 3 }}>
                  {(c.steps as any[]).map((s, i) => (
                    <Box component="li" key={i} sx={{ mb: 1.5 }} data-testid="chain-step">
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                        <Typography sx={{ fontWeight: 600 }}>{s.handledBy ? handlerText(s.handledBy, roleTitle, translate, locale) : roleTitle(s.handler)}</Typography>
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
                      <Typography variant="body2" sx={{ my: 0.5 }}>{cy(s.description, s.descriptionCy)}</Typography>
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

export function chainName(
  translate: (k: string, o?: any) => string,
  c: Record<string, any>,
  roleTitle: (k: string) => string,
  concernTitle?: (k: string, t: (k: string, o?: any) => string) => string,
) {
  const parts = [concernTitle ? concernTitle(c.concern, translate) : translate(`protocols.vocab.concern.${c.concern}`, { _: c.concern })];
  if (c.severity && c.severity !== 'any') parts.push(translate(`protocols.vocab.severity.${c.severity}`));
  if (c.about) parts.push(translate('protocols.chains.about', { role: roleTitle(c.about) }));
  return parts.join(' · ');
}

function ChainDialog({ entry, onClose }: { entry: RuleEntry | null; onClose: () => void }) {
  const { roleChoices, clauseChoices, roleTitle, concernTitle, ownConcernKinds, locale } = useEditor();
  const translate = useTranslate();
  const existing = !!entry;
  // The built-in kinds of concern, then the protocol's own (Vocabulary tab).
  const concerns = [
    ...concernChoices.map((c) => ({ id: c.id, name: translate(c.name) })),
    ...ownConcernKinds.map((k) => ({ id: k.key, name: (locale === 'cy' && k.titleCy) || k.title })),
  ];
  return (
    <RuleDialog
      entry={entry}
      section="CHAIN"
      testId="chain-dialog"
      title={entry ? translate('protocols.chains.edit', { name: chainName(translate, entry.body, roleTitle, concernTitle) }) : translate('protocols.chains.add')}
      initialValues={{ concern: '', severity: 'any', steps: [{ handledBy: { role: '' }, notify: [], preconditions: [], clauses: [] }], clauses: [] }}
      toValues={(body) => ({ ...body, steps: stepsToValues(body.steps) })}
      toBody={(values) => ({ ...values, steps: stepsToBody(values.steps), when: values.when && Object.values(values.when).some((v) => v) ? values.when : undefined })}
      mapFieldError={handlerErrorsToInput}
      onClose={onClose}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {/* What identifies the chain: fixed once it exists (a different concern is a different chain). */}
        <SelectInput source="concern" label="protocols.chains.concern" choices={concerns} translateChoice={false} validate={validateRequired} readOnly={existing} />
        <SelectInput source="severity" label="protocols.chains.severity" choices={severityChoices} validate={validateRequired} readOnly={existing} />
        <SelectInput source="about" label="protocols.chains.about_role" choices={roleChoices} emptyText="protocols.common.none" readOnly={existing} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectInput source="externalBody" label="protocols.chains.external_body" choices={roleChoices} emptyText="protocols.common.none" />
        <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} sx={{ minWidth: 260 }} />
      </Stack>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('protocols.chains.when')}</Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>{translate('protocols.chains.when_help')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectInput source="when.raisedBy" label="protocols.chains.when_raised_by" choices={roleChoices} translateChoice={false} emptyText="protocols.common.none" />
        <TextInput source="when.seeks" label="protocols.chains.when_seeks" sx={{ flex: 1 }} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="when.description" label="protocols.chains.when_description" multiline sx={{ flex: 1 }} />
        <TextInput source="when.descriptionCy" label="protocols.chains.when_description_cy" multiline sx={{ flex: 1 }} slotProps={{ htmlInput: { lang: 'cy' } }} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="description" label="protocols.chains.chain_description" multiline sx={{ flex: 1 }} />
        <TextInput source="descriptionCy" label="protocols.welsh.description" multiline sx={{ flex: 1 }} slotProps={{ htmlInput: { lang: 'cy' } }} />
      </Stack>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>{translate('protocols.chains.steps')}</Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>{translate('protocols.chains.steps_help')}</Typography>
      <ArrayInput source="steps" label={false}>
        <SimpleFormIterator getItemLabel={(i) => translate('protocols.chains.step', { number: i + 1 })} fullWidth>
          <HandlerInput source="handledBy" />
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
          <TextInput source="descriptionCy" label="protocols.welsh.description" multiline minRows={2} fullWidth slotProps={{ htmlInput: { lang: 'cy' } }} />
          <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} />
        </SimpleFormIterator>
      </ArrayInput>
    </RuleDialog>
  );
}
