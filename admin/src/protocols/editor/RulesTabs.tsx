import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DataObjectIcon from '@mui/icons-material/DataObject';
import { AutocompleteArrayInput, SelectArrayInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import type { RuleEntry, Section } from '../types';
import { validateNotEmpty, validateRequired } from '../validation';
import { CORRESPONDENCE_RULES, DISCLOSURE_EXCEPTIONS, vocabChoices } from '../vocab';
import { RuleActions, RuleDialog, useRuleRemoval } from './ruleEditing';
import { ClauseChips } from './ClauseChips';
import { useEditor } from './context';

type Editing = { section: Section; entry: RuleEntry | null; json: boolean } | null;

/** Who may see what (access rules) and when confidential information may be disclosed. */
export function ConfidentialityTab() {
  return (
    <Stack spacing={3}>
      <RuleList section="ACCESS_RULE" json />
      <RuleList section="DISCLOSURE_EXCEPTION" />
    </Stack>
  );
}

export function CorrespondenceTab() {
  return <RuleList section="CORRESPONDENCE_RULE" />;
}

/** Expectations, general obligations and advice routes: edited as structured JSON. */
export function OtherRulesTab() {
  return (
    <Stack spacing={3}>
      <RuleList section="EXPECTATION" json />
      <RuleList section="OBLIGATION" json />
      <RuleList section="ADVICE_ROUTE" json />
    </Stack>
  );
}

/** What a rule says, in a line, by section. */
function useRuleSummary() {
  const translate = useTranslate();
  const { roleTitle } = useEditor();
  return (entry: RuleEntry): { title: string; text: string; extra?: string } => {
    const b = entry.body;
    switch (entry.section) {
      case 'ACCESS_RULE':
        return {
          title: translate(`protocols.vocab.classification.${b.classification}`),
          text: b.description,
          extra: (b.grants as any[]).map((g) => translate(`protocols.vocab.grant.${g.kind}`) + (g.role ? ` (${roleTitle(g.role)})` : '')).join(' · '),
        };
      case 'DISCLOSURE_EXCEPTION':
        return {
          title: translate(`protocols.vocab.disclosure.${b.key}`),
          text: b.description,
          extra: b.consult ? translate('protocols.rules.consult', { role: roleTitle(b.consult) }) : undefined,
        };
      case 'CORRESPONDENCE_RULE':
        return {
          title: translate(`protocols.vocab.correspondence.${b.key}`),
          text: b.description,
          extra: b.exceptRoles?.length ? translate('protocols.rules.except', { roles: (b.exceptRoles as string[]).map(roleTitle).join(', ') }) : undefined,
        };
      case 'EXPECTATION':
        return { title: translate(`protocols.vocab.direction.${b.direction}`), text: b.text };
      case 'OBLIGATION':
        return {
          title: translate(`protocols.vocab.obligation.${b.kind}`),
          text: b.text,
          extra: (b.appliesTo as string[]).map(roleTitle).join(', '),
        };
      case 'ADVICE_ROUTE':
        return {
          title: b.topic,
          text: b.description,
          extra: `${(b.advisers as string[]).map(roleTitle).join(', ')}${b.required ? ` · ${translate('protocols.rules.required_first')}` : ''}`,
        };
      default:
        return { title: entry.key, text: JSON.stringify(b) };
    }
  };
}

function RuleList({ section, json = false }: { section: Section; json?: boolean }) {
  const { rules, editable } = useEditor();
  const translate = useTranslate();
  const summary = useRuleSummary();
  const [editing, setEditing] = useState<Editing>(null);
  const removal = useRuleRemoval();
  const list = rules(section);
  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2">{translate(`protocols.sections.${section}`)}</Typography>
        {editable && (
          <Button startIcon={<AddIcon />} onClick={() => setEditing({ section, entry: null, json })}>
            {translate('protocols.rules.add')}
          </Button>
        )}
      </Stack>
      <Stack spacing={1}>
        {list.map((entry) => {
          const s = summary(entry);
          return (
            <Card key={entry.id} variant="outlined" data-testid={`rule-${entry.section}-${entry.key}`}>
              <CardContent sx={{ display: 'flex', gap: 2, py: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Box sx={{ flex: 1 }}>
                  <Typography variant="subtitle2">{s.title}</Typography>
                  <Typography variant="body2">{s.text}</Typography>
                  {s.extra && <Typography variant="caption" color="text.secondary" component="div">{s.extra}</Typography>}
                  <Box sx={{ mt: 0.5 }}><ClauseChips numbers={entry.clauses} /></Box>
                </Box>
                {editable && (
                  <Stack direction="row" sx={{ alignItems: 'flex-start' }}>
                    <RuleActions
                      editLabel={translate(json ? 'protocols.rules.edit_json' : 'protocols.rules.edit')}
                      editIcon={json ? <DataObjectIcon fontSize="small" /> : undefined}
                      onEdit={() => setEditing({ section, entry, json })}
                      onRemove={() => removal.ask(entry)}
                    />
                  </Stack>
                )}
              </CardContent>
            </Card>
          );
        })}
        {list.length === 0 && <Typography color="text.secondary">{translate('protocols.rules.none')}</Typography>}
      </Stack>
      {editing && !editing.json && section === 'CORRESPONDENCE_RULE' && <CorrespondenceDialog entry={editing.entry} onClose={() => setEditing(null)} />}
      {editing && !editing.json && section === 'DISCLOSURE_EXCEPTION' && <DisclosureDialog entry={editing.entry} onClose={() => setEditing(null)} />}
      {editing && editing.json && <JsonRuleDialog section={section} entry={editing.entry} onClose={() => setEditing(null)} />}
      {removal.confirm}
    </Box>
  );
}

const correspondenceChoices = vocabChoices(CORRESPONDENCE_RULES, 'correspondence');
const disclosureChoices = vocabChoices(DISCLOSURE_EXCEPTIONS, 'disclosure');

function CorrespondenceDialog({ entry, onClose }: { entry: RuleEntry | null; onClose: () => void }) {
  const { roleChoices, clauseChoices } = useEditor();
  const translate = useTranslate();
  return (
    <RuleDialog entry={entry} section="CORRESPONDENCE_RULE" title={translate(entry ? 'protocols.rules.edit' : 'protocols.rules.add')} initialValues={{ clauses: [] }} onClose={onClose}>
      <SelectInput source="key" label="protocols.rules.rule" choices={correspondenceChoices} validate={validateRequired} readOnly={!!entry} fullWidth />
      <TextInput source="description" label="protocols.rules.description" validate={validateNotEmpty} multiline fullWidth />
      <SelectArrayInput source="exceptRoles" label="protocols.rules.except_roles" choices={roleChoices} sx={{ minWidth: 260 }} />
      <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} />
    </RuleDialog>
  );
}

function DisclosureDialog({ entry, onClose }: { entry: RuleEntry | null; onClose: () => void }) {
  const { roleChoices, clauseChoices } = useEditor();
  const translate = useTranslate();
  return (
    <RuleDialog entry={entry} section="DISCLOSURE_EXCEPTION" title={translate(entry ? 'protocols.rules.edit' : 'protocols.rules.add')} initialValues={{ clauses: [] }} onClose={onClose}>
      <SelectInput source="key" label="protocols.rules.exception" choices={disclosureChoices} validate={validateRequired} readOnly={!!entry} fullWidth />
      <TextInput source="description" label="protocols.rules.description" validate={validateNotEmpty} multiline fullWidth />
      <SelectInput source="consult" label="protocols.rules.consult_role" choices={roleChoices} emptyText="protocols.common.none" />
      <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} />
    </RuleDialog>
  );
}

/** A starting point for a new rule of each section, in the format of api/src/domain/protocol.ts. */
const TEMPLATES: Partial<Record<Section, object>> = {
  ACCESS_RULE: { classification: 'confidential', grants: [{ kind: 'need_to_know', decidedBy: 'clerk' }], description: '', clauses: [] },
  EXPECTATION: { direction: 'members_from_officers', text: '', clauses: [] },
  OBLIGATION: { kind: 'duty', appliesTo: ['member'], text: '', clauses: [] },
  ADVICE_ROUTE: { topic: '', description: '', advisers: ['clerk'], required: false, clauses: [] },
};

const parseJson: (v: string) => string | undefined = (v) => {
  try {
    const parsed = JSON.parse(v);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? undefined : 'protocols.json.not_object';
  } catch {
    return 'protocols.json.invalid';
  }
};

/**
 * The fallback editor: the rule as JSON, checked by the server (shape, vocabulary, and that its
 * clauses and roles exist in the draft); the server's error, naming the field, shows beside it.
 */
function JsonRuleDialog({ section, entry, onClose }: { section: Section; entry: RuleEntry | null; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <RuleDialog
      entry={entry}
      section={section}
      testId="json-rule-dialog"
      title={translate(entry ? 'protocols.json.edit_title' : 'protocols.json.add_title', { section: translate(`protocols.sections.${section}`) })}
      initialValues={{ json: JSON.stringify(TEMPLATES[section] ?? {}, null, 2) }}
      toValues={(body) => ({ json: JSON.stringify(body, null, 2) })}
      toBody={(v) => JSON.parse(v.json)}
      mapFieldError={jsonFieldError}
      onClose={onClose}
    >
      <Alert severity="info" icon={<DataObjectIcon />} sx={{ mb: 2 }}>
        {translate('protocols.json.help')}
      </Alert>
      <JsonField />
    </RuleDialog>
  );
}

/** The API names the field inside the rule ("grants.0.kind"): beside the JSON, with that path. */
const jsonFieldError = (errors: Record<string, string>) => {
  const named = Object.entries(errors).find(([k]) => k !== 'root.serverError');
  const text = named ? `${named[0]}: ${named[1]}` : errors['root.serverError'];
  return { json: text, 'root.serverError': text };
};

function JsonField() {
  return (
    <TextInput
      source="json"
      label="protocols.json.label"
      validate={parseJson}
      multiline
      minRows={10}
      fullWidth
      sx={{ '& textarea': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 } }}
    />
  );
}
