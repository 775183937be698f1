import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Box, Button, Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  AutocompleteArrayInput,
  BooleanInput,
  Confirm,
  DateInput,
  SelectInput,
  TextInput,
  useDataProvider,
  useDelete,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { errorMessage } from '../../common/conflict';
import { SafeFormDialog } from '../../common/SafeFormDialog';
import type { OfficeHolder, RuleEntry } from '../types';
import { validateEmail, validateHolderDates, validateHolderName, validateNotEmpty, validateRequired } from '../validation';
import { ROLE_KEYS, ROLE_KINDS, humanise, vocabChoices } from '../vocab';
import { RuleDialog, useRemoveRule } from './ChainsTab';
import { ClauseChips } from './ClauseChips';
import { useEditor } from './context';

const kindChoices = vocabChoices(ROLE_KINDS, 'role_kind');

/** The protocol's roles with the council's own titles, and who holds each today (and before, and next). */
export function RolesTab() {
  const { rules, editable, canEditHolders, holdersOf } = useEditor();
  const translate = useTranslate();
  const [editing, setEditing] = useState<RuleEntry | 'new' | null>(null);
  const [removing, setRemoving] = useState<RuleEntry | null>(null);
  const [holder, setHolder] = useState<{ roleKey: string; holder: OfficeHolder | null } | null>(null);
  const [removingHolder, setRemovingHolder] = useState<OfficeHolder | null>(null);
  const remove = useRemoveRule(() => setRemoving(null));
  const [deleteOne] = useDelete();
  const notify = useNotify();
  const refresh = useRefresh();
  const roles = rules('ROLE');

  const removeHolder = async () => {
    if (!removingHolder) return;
    try {
      await deleteOne('officeHolders', { id: removingHolder.id, previousData: removingHolder }, { mutationMode: 'pessimistic', returnPromise: true });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setRemovingHolder(null);
    }
  };

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
                            {translate('protocols.holders.period', { from: h.fromDate ?? '…', to: h.toDate ?? '…' })}
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
                    <Tooltip title={translate('protocols.roles.edit', { title: r.title })}>
                      <IconButton size="small" aria-label={translate('protocols.roles.edit', { title: r.title })} onClick={() => setEditing(entry)}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={translate('protocols.rules.remove')}>
                      <IconButton size="small" aria-label={translate('protocols.rules.remove')} onClick={() => setRemoving(entry)}>
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {editing && <RoleDialog entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {holder && <HolderDialog roleKey={holder.roleKey} holder={holder.holder} onClose={() => setHolder(null)} />}
      <Confirm
        isOpen={!!removing}
        title={translate('protocols.rules.remove_title')}
        content={translate('protocols.rules.remove_confirm')}
        onConfirm={() => removing && remove(removing)}
        onClose={() => setRemoving(null)}
      />
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
  const { clauseChoices, rules } = useEditor();
  const translate = useTranslate();
  const taken = new Set(rules('ROLE').map((r) => r.body.key));
  const keyChoices = ROLE_KEYS.filter((k) => !taken.has(k) || k === entry?.body.key).map((k) => ({ id: k, name: humanise(k) }));
  return (
    <RuleDialog entry={entry} section="ROLE" title={entry ? translate('protocols.roles.edit', { title: entry.body.title }) : translate('protocols.roles.add')} initialValues={{ clauses: [] }} onClose={onClose}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectInput source="key" label="protocols.roles.key" choices={keyChoices} validate={validateRequired} readOnly={!!entry} translateChoice={false} />
        <SelectInput source="kind" label="protocols.roles.kind" choices={kindChoices} validate={validateRequired} />
      </Stack>
      <TextInput source="title" label="protocols.roles.title" validate={validateNotEmpty} fullWidth helperText="protocols.roles.title_help" />
      <TextInput source="organisation" label="protocols.roles.organisation" fullWidth />
      <BooleanInput source="politicallyRestricted" label="protocols.roles.politically_restricted" />
      <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} />
    </RuleDialog>
  );
}

function HolderDialog({ roleKey, holder, onClose }: { roleKey: string; holder: OfficeHolder | null; onClose: () => void }) {
  const { record, roleTitle } = useEditor();
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  return (
    <SafeFormDialog
      open
      maxWidth="sm"
      testId="holder-dialog"
      title={holder ? translate('protocols.holders.edit', { name: holder.name }) : translate('protocols.holders.add_to', { role: roleTitle(roleKey) })}
      resource="officeHolders"
      record={holder ?? undefined}
      initialValues={{ name: '', email: '', phone: '', deputy: false, fromDate: null, toDate: null }}
      toValues={(h) => ({ name: h.name, email: h.email ?? '', phone: h.phone ?? '', deputy: h.deputy, fromDate: h.fromDate, toDate: h.toDate })}
      toData={(v) => ({ ...v, councilId: record.id, roleKey: (holder?.roleKey ?? roleKey).toUpperCase() })}
      meta={{ councilId: record.id }}
      reload={holder ? () => dataProvider.getOne('officeHolders', { id: holder.id, meta: { councilId: record.id } }).then((r) => r.data) : undefined}
      onClose={onClose}
    >
      <HolderInputs />
    </SafeFormDialog>
  );
}

function HolderInputs() {
  return (
    <>
      <TextInput source="name" label="protocols.holders.name" validate={validateHolderName} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="email" label="protocols.holders.email" validate={validateEmail} sx={{ flex: 1 }} />
        <TextInput source="phone" label="protocols.holders.phone" sx={{ flex: 1 }} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DateInput source="fromDate" label="protocols.holders.from" />
        <DateInput source="toDate" label="protocols.holders.to" />
      </Stack>
      <BooleanInput source="deputy" label="protocols.holders.deputy_help" />
      <DatesCheck />
    </>
  );
}


/** toDate must not be before fromDate: said beside toDate, as the API says it. */
function DatesCheck() {
  const { setError, clearErrors } = useFormContext();
  const [fromDate, toDate] = useWatch({ name: ['fromDate', 'toDate'] });
  const translate = useTranslate();
  useEffect(() => {
    const bad = validateHolderDates({ fromDate, toDate });
    if (bad.toDate) setError('toDate', { type: 'dates', message: translate(bad.toDate) });
    else clearErrors('toDate');
  }, [fromDate, toDate, setError, clearErrors, translate]);
  return null;
}
