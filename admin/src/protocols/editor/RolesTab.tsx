import { useState } from 'react';
import { Box, Button, Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  AutocompleteArrayInput,
  BooleanInput,
  FormDataConsumer,
  Confirm,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { OfficeHolder, RuleEntry } from '../types';
import { validateNotEmpty, validateRequired } from '../validation';
import { ROLE_KEYS, ROLE_KINDS, vocabChoices } from '../vocab';
import { useRoleTitle } from '../../common/roleTitle';
import { useDateText } from '../../common/useDateText';
import { RuleActions, RuleDialog, useRuleRemoval } from './ruleEditing';
import { usePessimisticDelete } from '../../common/usePessimisticDelete';
import { OfficeHolderDialog } from '../OfficeHolderDialog';
import { ClauseChips } from './ClauseChips';
import { useEditor } from './context';

const kindChoices = vocabChoices(ROLE_KINDS, 'role_kind');

/** The protocol's roles with the council's own titles, and who holds each today (and before, and next). */
export function RolesTab() {
  const { rules, editable, canEditHolders, holdersOf, record, roleTitle } = useEditor();
  const translate = useTranslate();
  const dateText = useDateText();
  const [editing, setEditing] = useState<RuleEntry | 'new' | null>(null);
  const [holder, setHolder] = useState<{ roleKey: string; holder: OfficeHolder | null } | null>(null);
  const [removingHolder, setRemovingHolder] = useState<OfficeHolder | null>(null);
  const removal = useRuleRemoval();
  const [deleteHolder] = usePessimisticDelete('officeHolders');
  const roles = rules('ROLE');
  const removeHolder = () => removingHolder && deleteHolder(removingHolder, () => setRemovingHolder(null));

  return (
    <Box>
      {editable && (
        <Button startIcon={<AddIcon />} onClick={() => setEditing('new')} sx={{ mb: 1 }}>
          {translate('protocols.roles.add')}
        </Button>
      )}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('protocols.roles.title')}</TableCell>
            <TableCell>{translate('protocols.roles.kind')}</TableCell>
            <TableCell>{translate('protocols.roles.holders')}</TableCell>
            <TableCell>{translate('protocols.rules.clauses')}</TableCell>
            {editable && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {roles.map((entry) => {
            const r = entry.body;
            const held = holdersOf(r.key);
            return (
              <TableRow key={entry.id} data-testid={`role-${r.key}`}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>{r.title}</Typography>
                  {r.titleCy && (
                    <Typography variant="body2" lang="cy">
                      {r.titleCy}
                    </Typography>
                  )}
                  <Typography variant="caption" color="text.secondary">
                    <code>{r.key}</code>
                    {r.organisation ? ` · ${r.organisation}` : ''}
                  </Typography>
                </TableCell>
                <TableCell>{translate(`protocols.vocab.role_kind.${r.kind}`)}</TableCell>
                <TableCell>
                  <Stack spacing={0.5}>
                    {held.map((h) => (
                      <Stack key={h.id} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                        <Typography variant="body2">{h.name}</Typography>
                        {h.deputy && <Chip size="small" label={translate('protocols.holders.deputy')} />}
                        {(h.fromDate || h.toDate) && (
                          <Typography variant="caption" color="text.secondary">
                            {translate('protocols.holders.period', { from: h.fromDate ? dateText(h.fromDate) : '…', to: h.toDate ? dateText(h.toDate) : '…' })}
                          </Typography>
                        )}
                        {canEditHolders && (
                          <>
                            <IconButton size="small" aria-label={translate('protocols.holders.edit', { name: h.name })} onClick={() => setHolder({ roleKey: r.key, holder: h })}>
                              <EditIcon sx={{ fontSize: 16 }} />
                            </IconButton>
                            <IconButton size="small" aria-label={translate('protocols.holders.remove', { name: h.name })} onClick={() => setRemovingHolder(h)}>
                              <DeleteIcon sx={{ fontSize: 16 }} />
                            </IconButton>
                          </>
                        )}
                      </Stack>
                    ))}
                    {held.length === 0 && <Typography variant="caption" color="text.secondary">{translate('protocols.holders.none')}</Typography>}
                    {canEditHolders && (
                      <Box>
                        <Button size="small" startIcon={<PersonAddIcon />} onClick={() => setHolder({ roleKey: r.key, holder: null })}>
                          {translate('protocols.holders.add')}
                        </Button>
                      </Box>
                    )}
                  </Stack>
                </TableCell>
                <TableCell><ClauseChips numbers={r.clauses} /></TableCell>
                {editable && (
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <RuleActions editLabel={translate('protocols.roles.edit', { title: r.title })} onEdit={() => setEditing(entry)} onRemove={() => removal.ask(entry)} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {editing && <RoleDialog entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {holder && (
        <OfficeHolderDialog
          councilId={record.id}
          roleKey={holder.roleKey}
          title={holder.holder ? translate('protocols.holders.edit', { name: holder.holder.name }) : translate('protocols.holders.add_to', { role: roleTitle(holder.roleKey) })}
          holder={holder.holder}
          testId="holder-dialog"
          onClose={() => setHolder(null)}
        />
      )}
      {removal.confirm}
      <Confirm
        isOpen={!!removingHolder}
        title={translate('protocols.holders.remove', { name: removingHolder?.name ?? '' })}
        content={translate('protocols.holders.remove_confirm')}
        onConfirm={removeHolder}
        onClose={() => setRemovingHolder(null)}
      />
    </Box>
  );
}

function RoleDialog({ entry, onClose }: { entry: RuleEntry | null; onClose: () => void }) {
  const { clauseChoices, rules, roleChoices } = useEditor();
  const translate = useTranslate();
  const roleTitle = useRoleTitle();
  const taken = new Set(rules('ROLE').map((r) => r.body.key));
  // The built-in kinds a role may be tagged with (reports compare councils by it); its own key is free.
  const builtInChoices = ROLE_KEYS.map((k) => ({ id: k, name: roleTitle(k) }));
  const validateKey = [
    ...validateRequired,
    (v: unknown) => (typeof v === 'string' && /^[a-z][a-z0-9_]{0,59}$/.test(v.trim().toLowerCase()) ? undefined : 'protocols.roles.key_format'),
    (v: unknown) => (!entry && typeof v === 'string' && taken.has(v.trim().toLowerCase()) ? 'protocols.roles.key_taken' : undefined),
  ];
  return (
    <RuleDialog entry={entry} section="ROLE" title={entry ? translate('protocols.roles.edit', { title: entry.body.title }) : translate('protocols.roles.add')} initialValues={{ clauses: [] }} onClose={onClose}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput
          source="key"
          label="protocols.roles.own_key"
          helperText="protocols.roles.own_key_help"
          validate={validateKey}
          readOnly={!!entry}
          parse={(v: string) => v.toLowerCase()}
          sx={{ minWidth: 260 }}
        />
        <SelectInput source="kind" label="protocols.roles.kind" choices={kindChoices} validate={validateRequired} />
      </Stack>
      <SelectInput source="builtIn" label="protocols.roles.built_in" helperText="protocols.roles.built_in_help" choices={builtInChoices} translateChoice={false} emptyText="—" sx={{ minWidth: 260 }} />
      <TextInput source="title" label="protocols.roles.title" validate={validateNotEmpty} fullWidth helperText="protocols.roles.title_help" />
      <TextInput source="titleCy" label="protocols.welsh.title" fullWidth slotProps={{ htmlInput: { lang: 'cy' } }} />
      <TextInput source="organisation" label="protocols.roles.organisation" fullWidth />
      <FormDataConsumer<{ key?: string }>>
        {({ formData }) => (
          <SelectInput
            source="reportsTo"
            label="protocols.roles.reports_to"
            helperText="protocols.roles.reports_to_help"
            choices={roleChoices.filter((c) => c.id !== formData.key)}
            emptyText="—"
            translateChoice={false}
            fullWidth
          />
        )}
      </FormDataConsumer>
      <BooleanInput source="politicallyRestricted" label="protocols.roles.politically_restricted" />
      <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} />
    </RuleDialog>
  );
}

