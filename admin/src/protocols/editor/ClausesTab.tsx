import { useEffect, useState } from 'react';
import { Box, Button, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Confirm, type DataProvider, TextInput, useDataProvider, useDelete, useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorMessage } from '../../common/conflict';
import { SafeFormDialog } from '../../common/SafeFormDialog';
import type { ProtocolMethods } from '../dataProvider';
import type { Clause } from '../types';
import { validateClauseNumber, validateClauseText } from '../validation';
import { useEditor } from './context';

/** The version's clauses as written, in order; in a draft: add, edit, renumber, move and remove. */
export function ClausesTab({ focus }: { focus: string | null }) {
  const { version, editable } = useEditor();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DataProvider & ProtocolMethods>();
  const [deleteOne] = useDelete();
  const [editing, setEditing] = useState<Clause | null>(null);
  const [adding, setAdding] = useState<{ after: string | null } | null>(null);
  const [removing, setRemoving] = useState<Clause | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const clauses = version.clauses;

  useEffect(() => {
    if (focus) document.getElementById(`clause-${focus}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [focus]);

  const move = async (c: Clause, index: number, by: -1 | 1) => {
    // moveProtocolClause puts the clause just after another (null: first).
    const after = by === -1 ? (index >= 2 ? clauses[index - 2].key : null) : clauses[index + 1].key;
    setMoving(c.id);
    try {
      await dataProvider.moveProtocolClause(c.id, c.version, after);
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setMoving(null);
    }
  };

  const remove = async () => {
    if (!removing) return;
    try {
      await deleteOne('protocolClauses', { id: removing.id, previousData: removing }, { mutationMode: 'pessimistic', returnPromise: true });
      notify('protocols.clauses.removed', { type: 'success', messageArgs: { number: removing.number } });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Box>
      {editable && (
        <Button startIcon={<AddIcon />} onClick={() => setAdding({ after: null })} sx={{ mb: 1 }}>
          {translate('protocols.clauses.add_first')}
        </Button>
      )}
      <Stack spacing={1}>
        {clauses.map((c, i) => (
          <Paper
            key={c.id}
            id={`clause-${c.number}`}
            variant="outlined"
            data-testid={`clause-${c.number}`}
            sx={{
              p: 1.5,
              display: 'flex',
              gap: 2,
              borderColor: focus === c.number ? 'primary.main' : undefined,
              bgcolor: focus === c.number ? 'action.selected' : undefined,
            }}
          >
            <Typography sx={{ fontWeight: 700, minWidth: 48, color: 'primary.main' }}>{c.number}</Typography>
            <Box sx={{ flex: 1 }}>
              {c.heading && <Typography variant="subtitle2">{c.heading}</Typography>}
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{c.text}</Typography>
              {(c.headingCy || c.textCy) && (
                <Box lang="cy" data-testid="clause-cy" sx={{ mt: 1, pl: 1, borderLeft: 2, borderColor: 'divider' }}>
                  <Typography variant="caption" color="text.secondary">Cymraeg</Typography>
                  {c.headingCy && <Typography variant="subtitle2">{c.headingCy}</Typography>}
                  {c.textCy && <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{c.textCy}</Typography>}
                </Box>
              )}
            </Box>
            {editable && (
              <Stack direction="row" sx={{ alignItems: 'flex-start' }}>
                <Tooltip title={translate('protocols.clauses.edit', { number: c.number })}>
                  <IconButton size="small" aria-label={translate('protocols.clauses.edit', { number: c.number })} onClick={() => setEditing(c)}>
                    <EditIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
                <Tooltip title={translate('protocols.clauses.move_up')}>
                  <span>
                    <IconButton size="small" aria-label={translate('protocols.clauses.move_up')} disabled={i === 0 || !!moving} onClick={() => move(c, i, -1)}>
                      <ArrowUpwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={translate('protocols.clauses.move_down')}>
                  <span>
                    <IconButton size="small" aria-label={translate('protocols.clauses.move_down')} disabled={i === clauses.length - 1 || !!moving} onClick={() => move(c, i, 1)}>
                      <ArrowDownwardIcon fontSize="small" />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={translate('protocols.clauses.add_after', { number: c.number })}>
                  <IconButton size="small" aria-label={translate('protocols.clauses.add_after', { number: c.number })} onClick={() => setAdding({ after: c.key })}>
                    <AddIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
                <Tooltip title={translate('protocols.clauses.remove', { number: c.number })}>
                  <IconButton size="small" aria-label={translate('protocols.clauses.remove', { number: c.number })} onClick={() => setRemoving(c)}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
            )}
          </Paper>
        ))}
      </Stack>
      {editing && (
        <SafeFormDialog
          open
          testId="clause-dialog"
          title={translate('protocols.clauses.edit', { number: editing.number })}
          resource="protocolClauses"
          record={editing}
          meta={{ versionId: version.id }}
          toValues={(c) => ({ number: c.number, heading: c.heading ?? '', text: c.text, headingCy: c.headingCy ?? '', textCy: c.textCy ?? '' })}
          toData={(v) => ({ number: v.number, heading: v.heading, text: v.text, headingCy: v.headingCy, textCy: v.textCy })}
          reload={() => dataProvider.getOne('protocolClauses', { id: editing.id, meta: { versionId: version.id } }).then((r) => r.data)}
          renderTheirs={(theirs) => (
            <Box component="blockquote" data-testid="their-text" sx={{ m: 0, pl: 1.5, borderLeft: 3, borderColor: 'warning.main', whiteSpace: 'pre-wrap' }}>
              {theirs.number} {theirs.heading ? `${theirs.heading}: ` : ''}
              {theirs.text}
            </Box>
          )}
          onClose={() => setEditing(null)}
        >
          <ClauseInputs />
        </SafeFormDialog>
      )}
      {adding && (
        <SafeFormDialog
          open
          testId="clause-dialog"
          title={adding.after ? translate('protocols.clauses.add_after', { number: clauses.find((c) => c.key === adding.after)?.number ?? adding.after }) : translate('protocols.clauses.add_first')}
          resource="protocolClauses"
          initialValues={{ number: '', heading: '', text: '', headingCy: '', textCy: '' }}
          toData={(v) => ({ versionId: version.id, after: adding.after, number: v.number, heading: v.heading, text: v.text, headingCy: v.headingCy, textCy: v.textCy })}
          onClose={() => setAdding(null)}
        >
          <ClauseInputs />
        </SafeFormDialog>
      )}
      <Confirm
        isOpen={!!removing}
        title={translate('protocols.clauses.remove', { number: removing?.number ?? '' })}
        content={translate('protocols.clauses.remove_confirm')}
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
}

const ClauseInputs = () => (
  <>
    <TextInput source="number" label="protocols.clauses.number" validate={validateClauseNumber} helperText="protocols.clauses.number_help" />
    <TextInput source="heading" label="protocols.clauses.heading" fullWidth />
    <TextInput source="text" label="protocols.clauses.text" validate={validateClauseText} multiline minRows={4} fullWidth />
    <TextInput source="headingCy" label="protocols.welsh.heading" fullWidth slotProps={{ htmlInput: { lang: 'cy' } }} />
    <TextInput source="textCy" label="protocols.welsh.text" multiline minRows={3} fullWidth slotProps={{ htmlInput: { lang: 'cy' } }} />
  </>
);
