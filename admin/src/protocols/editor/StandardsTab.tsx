import { useState } from 'react';
import { Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
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
import { validateCutOff, validateNotEmpty, validateRequired, validateStandardAmount } from '../validation';
import { COUNT_UNITS, ENQUIRY_CATEGORIES, EXTENSION_TERMS, RECEIPT_CONVENTIONS, vocabChoices } from '../vocab';
import { RuleActions, RuleDialog, useRuleRemoval } from './ruleEditing';
import { ClauseChips } from './ClauseChips';
import { useEditor } from './context';
import { HandlerInput, handlerText, kindOf } from './HandlerInput';

const categoryChoices = vocabChoices(ENQUIRY_CATEGORIES, 'category');
const EVERY_CATEGORY = '*';
const extensionChoices = vocabChoices(EXTENSION_TERMS, 'extension');
const unitChoices = vocabChoices(COUNT_UNITS, 'unit');
const receiptChoices = vocabChoices(RECEIPT_CONVENTIONS, 'receipt');

/** Response standards per enquiry category: who answers, in how many working days, whom to escalate to. */
export function StandardsTab() {
  const { rules, editable, roleTitle, categoryTitle, locale } = useEditor();
  const translate = useTranslate();
  const [editing, setEditing] = useState<RuleEntry | 'new' | null>(null);
  const removal = useRuleRemoval();
  const standards = rules('RESPONSE_STANDARD');
  // Each number in its unit: working days unless the standard (or its urgent handling) says otherwise.
  const days = (n: number | undefined, unit?: string) =>
    n === undefined ? '—' : translate(unit === 'hours' ? 'protocols.standards.hours' : unit === 'calendar_days' ? 'protocols.standards.calendar_days' : 'protocols.chains.days', { smart_count: n });
  return (
    <Box>
      {editable && (
        <Button startIcon={<AddIcon />} onClick={() => setEditing('new')} sx={{ mb: 1 }}>
          {translate('protocols.standards.add')}
        </Button>
      )}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('protocols.standards.category')}</TableCell>
            <TableCell>{translate('protocols.standards.handler')}</TableCell>
            <TableCell>{translate('protocols.standards.acknowledge')}</TableCell>
            <TableCell>{translate('protocols.standards.respond')}</TableCell>
            <TableCell>{translate('protocols.standards.counting')}</TableCell>
            <TableCell>{translate('protocols.standards.escalate_to')}</TableCell>
            <TableCell>{translate('protocols.rules.clauses')}</TableCell>
            {editable && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {standards.map((entry) => {
            const s = entry.body;
            return (
              <TableRow key={entry.id} data-testid={`standard-${entry.key}`}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>{categoryTitle(s.category, translate)}</Typography>
                  <Typography variant="caption" color="text.secondary">{(locale === 'cy' && s.descriptionCy) || s.description}</Typography>
                </TableCell>
                <TableCell>{s.handledBy ? handlerText(s.handledBy, roleTitle, translate, locale) : roleTitle(s.handler)}</TableCell>
                <TableCell>{days(s.acknowledgeWithinDays, s.unit)}{s.urgent?.acknowledgeWithinDays !== undefined ? ` (${translate('protocols.standards.urgent_short')} ${days(s.urgent.acknowledgeWithinDays, s.urgent.unit ?? s.unit)})` : ''}</TableCell>
                <TableCell>
                  {s.respondBeforeMeeting ? translate('protocols.standards.before_meeting') : days(s.respondWithinDays, s.unit)}
                  {s.urgent?.respondWithinDays !== undefined ? ` (${translate('protocols.standards.urgent_short')} ${days(s.urgent.respondWithinDays, s.urgent.unit ?? s.unit)})` : ''}
                </TableCell>
                <TableCell data-testid="standard-counting">
                  <Typography variant="caption">
                    {translate(`protocols.vocab.receipt.${s.receiptOnNonWorkingDay ?? 'ico'}`)}
                    {s.cutOff ? ` · ${translate('protocols.standards.cut_off_short', { time: s.cutOff })}` : ''}
                  </Typography>
                </TableCell>
                <TableCell>{(s.escalateTo as string[]).map(roleTitle).join(' → ') || '—'}</TableCell>
                <TableCell><ClauseChips numbers={s.clauses} /></TableCell>
                {editable && (
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <RuleActions editLabel={translate('protocols.standards.edit')} onEdit={() => setEditing(entry)} onRemove={() => removal.ask(entry)} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {standards.length === 0 && <Typography color="text.secondary" sx={{ mt: 1 }}>{translate('protocols.standards.none')}</Typography>}
      {editing && <StandardDialog entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removal.confirm}
    </Box>
  );
}

/** escalateTo is an ordered list of role keys: edited as rows that can be moved up and down. */
const toValues = ({ handler, handledBy, ...b }: Record<string, any>) => ({
  ...b,
  handledBy: handledBy ?? { role: handler ?? '' },
  escalateTo: (b.escalateTo ?? []).map((role: string) => ({ role })),
});
const toBody = (v: Record<string, any>) => {
  const { escalateTo, urgent, extension, handledBy, handler: _old, ...rest } = v;
  // A plain role is written as `handler`; a procedure, "any of", "all of" or a nominee as `handledBy`.
  const h = handledBy ?? { role: '' };
  Object.assign(rest, kindOf(h) === 'role' && !h.orNominee ? { handler: h.role } : { handledBy: h });
  const hasUrgent = urgent && (urgent.description || urgent.acknowledgeWithinDays != null || urgent.respondWithinDays != null || urgent.unit);
  const hasExtension = extension && (extension.description || extension.terms?.length);
  return {
    ...rest,
    escalateTo: (escalateTo ?? []).map((r: { role: string }) => r.role).filter(Boolean),
    ...(hasUrgent ? { urgent } : {}),
    ...(hasExtension ? { extension: { terms: extension.terms ?? [], description: extension.description } } : {}),
  };
};

function StandardDialog({ entry, onClose }: { entry: RuleEntry | null; onClose: () => void }) {
  const { roleChoices, clauseChoices, categoryTitle, ownCategories, locale } = useEditor();
  const translate = useTranslate();
  // Every category ("*"), the built-in ones, then the protocol's own (Vocabulary tab).
  const categories = [
    { id: EVERY_CATEGORY, name: translate('protocols.vocabulary.every_category') },
    ...categoryChoices.map((c) => ({ id: c.id, name: translate(c.name) })),
    ...ownCategories.map((k) => ({ id: k.key, name: (locale === 'cy' && k.titleCy) || k.title })),
  ];
  return (
    <RuleDialog
      entry={entry}
      section="RESPONSE_STANDARD"
      testId="standard-dialog"
      title={entry ? translate('protocols.standards.edit_one', { category: categoryTitle(entry.body.category, translate) }) : translate('protocols.standards.add')}
      initialValues={{ escalateTo: [], clauses: [], handledBy: { role: '' } }}
      toValues={toValues}
      toBody={toBody}
      mapFieldError={(errors) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^(handler|handledBy)(\..*)?$/, 'handledBy'), v]))}
      onClose={onClose}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectInput source="category" label="protocols.standards.category" choices={categories} translateChoice={false} validate={validateRequired} readOnly={!!entry} />
      </Stack>
      <HandlerInput source="handledBy" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="acknowledgeWithinDays" label="protocols.standards.acknowledge_in_unit" validate={validateStandardAmount('unit')} min={0} />
        <NumberInput source="respondWithinDays" label="protocols.standards.respond_in_unit" validate={validateStandardAmount('unit')} min={0} />
        <BooleanInput source="respondBeforeMeeting" label="protocols.standards.before_meeting" />
      </Stack>
      <Typography variant="subtitle2">{translate('protocols.standards.counting')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectInput source="unit" label="protocols.standards.unit" choices={unitChoices} emptyText="protocols.standards.unit_default" sx={{ minWidth: 200 }} />
        <SelectInput source="receiptOnNonWorkingDay" label="protocols.standards.receipt" choices={receiptChoices} emptyText="protocols.standards.receipt_default" sx={{ minWidth: 280 }} />
        <TextInput source="cutOff" label="protocols.standards.cut_off" helperText="protocols.standards.cut_off_help" validate={validateCutOff} sx={{ maxWidth: 220 }} />
      </Stack>
      <TextInput source="description" label="protocols.standards.description" validate={validateNotEmpty} multiline fullWidth />
      <TextInput source="descriptionCy" label="protocols.welsh.description" multiline fullWidth slotProps={{ htmlInput: { lang: 'cy' } }} />
      <Typography variant="subtitle2">{translate('protocols.standards.urgent')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="urgent.acknowledgeWithinDays" label="protocols.standards.acknowledge_in_unit" validate={validateStandardAmount('urgent.unit', 'unit')} min={0} />
        <NumberInput source="urgent.respondWithinDays" label="protocols.standards.respond_in_unit" validate={validateStandardAmount('urgent.unit', 'unit')} min={0} />
        <SelectInput source="urgent.unit" label="protocols.standards.urgent_unit" choices={unitChoices} emptyText="protocols.standards.urgent_unit_default" sx={{ minWidth: 180 }} />
        <TextInput source="urgent.description" label="protocols.standards.urgent_description" sx={{ flex: 1 }} />
      </Stack>
      <Typography variant="subtitle2">{translate('protocols.standards.escalate_to')}</Typography>
      <ArrayInput source="escalateTo" label={false}>
        <SimpleFormIterator inline disableClear>
          <SelectInput source="role" label="protocols.standards.escalate_role" choices={roleChoices} validate={validateRequired} />
        </SimpleFormIterator>
      </ArrayInput>
      <Typography variant="subtitle2">{translate('protocols.standards.extension')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectArrayInput source="extension.terms" label="protocols.standards.extension_terms" choices={extensionChoices} sx={{ minWidth: 240 }} />
        <TextInput source="extension.description" label="protocols.standards.extension_description" sx={{ flex: 1 }} />
      </Stack>
      <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} />
    </RuleDialog>
  );
}
