import { useState } from 'react';
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Button, Card, CardContent, CardHeader, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { graphql } from '../graphql';
import { londonToday, useDates } from '../cases/dates';
import type { Council } from '../types';

interface Closure {
  id: string;
  date: string;
  reason: string;
}

/**
 * A council's closure days from today on (`councilClosures`), added and removed here
 * (`addCouncilClosure`, `removeCouncilClosure`): deadlines counted in working days skip them.
 */
export const CouncilClosures = () => {
  const record = useRecordContext<Council>();
  const translate = useTranslate();
  const notify = useNotify();
  const dates = useDates();
  const queryClient = useQueryClient();
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'councils', action: 'edit', record, enabled: !!record });
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = ['councils', 'closures', record?.id];
  const { data = [], isPending } = useQuery({
    queryKey: key,
    enabled: !!record,
    queryFn: async ({ signal }) =>
      (await graphql<{ c: Closure[] }>(`query Closures($c: ID!, $from: LocalDate) { c: councilClosures(councilId: $c, from: $from) { id date reason } }`, { c: record!.id, from: londonToday() }, signal)).c,
  });
  if (!record) return null;
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      notify(done, { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: key });
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async () => {
    const ok = await run(
      () => graphql(`mutation Add($c: ID!, $d: LocalDate!, $r: String!) { addCouncilClosure(councilId: $c, date: $d, reason: $r) { id } }`, { c: record.id, d: date, r: reason.trim() }),
      translate('councils.settings.added'),
    );
    if (ok) {
      setDate('');
      setReason('');
    }
  };
  return (
    <Card sx={{ mt: 2 }} data-testid="council-closures">
      <CardHeader title={translate('councils.settings.closures')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} subheader={translate('councils.settings.closures_intro')} />
      <CardContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {!isPending && data.length === 0 ? (
          <Typography color="text.secondary">{translate('councils.settings.none')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('councils.settings.date')}</TableCell>
                <TableCell>{translate('councils.settings.reason')}</TableCell>
                {canEdit && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((c) => (
                <TableRow key={c.id} data-date={c.date}>
                  <TableCell>{dates.day(c.date)}</TableCell>
                  <TableCell>{c.reason}</TableCell>
                  {canEdit && (
                    <TableCell align="right">
                      <IconButton
                        aria-label={translate('councils.settings.remove', { date: dates.day(c.date) })}
                        disabled={busy}
                        onClick={() => run(() => graphql(`mutation Remove($id: ID!) { removeCouncilClosure(id: $id) }`, { id: c.id }), translate('councils.settings.removed'))}
                      >
                        <DeleteIcon />
                      </IconButton>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {canEdit && (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'center' }} sx={{ mt: 2 }}>
            <TextField type="date" label={translate('councils.settings.date')} value={date} onChange={(e) => setDate(e.target.value)} required slotProps={{ inputLabel: { shrink: true } }} sx={{ maxWidth: 220 }} />
            <TextField label={translate('councils.settings.reason')} value={reason} onChange={(e) => setReason(e.target.value)} sx={{ maxWidth: 360 }} />
            <Button variant="outlined" onClick={add} disabled={busy || !date} data-testid="add-closure">
              {translate('councils.settings.add')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
