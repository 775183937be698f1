import { useRef, useState } from 'react';
import { Alert, Box, Button, Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { LinkBase, useCreatePath, useTranslate } from 'react-admin';
import { graphql } from '../graphql';
import { downloadCsv, toCsv } from '../reports/csv';

interface PreviewRow {
  row: number;
  name: string;
  slug: string;
  kind: string | null;
  nation: string | null;
  parentName: string | null;
  clerkName: string;
  clerkEmail: string;
  errors: { column: string; message: string }[];
}
interface Preview {
  ready: boolean;
  rowsWithErrors: number;
  rows: PreviewRow[];
}
interface Onboarded {
  invited: number;
  protocolsFromModel: number;
  councils: { id: string; name: string }[];
}

/** The template: the header row and one example (kind and parent may be left empty). */
const template = () =>
  toCsv(['name', 'kind', 'parent', 'clerk name', 'clerk email'], [['Cyngor Cymuned Llanfihangel Llantarnâm', 'community', '', 'Siân Prys', 'clerk@llantarnam.example']]);

/**
 * Bulk onboarding from a CSV: the monitoring officer pastes or uploads the file, previews it (each
 * row's problems, by column, from the API's dry run), and only when no row has a problem onboards
 * them all at once (one transaction on the API: all or nothing).
 */
export const BulkOnboarding = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [csv, setCsv] = useState('');
  const [previewed, setPreviewed] = useState<{ csv: string; preview: Preview } | null>(null);
  const [done, setDone] = useState<Onboarded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const preview = () =>
    run(async () => {
      setDone(null);
      const { p } = await graphql<{ p: Preview }>(
        'query PreviewOnboarding($csv: String!) { p: previewOnboarding(csv: $csv) { ready rowsWithErrors rows { row name slug kind nation parentName clerkName clerkEmail errors { column message } } } }',
        { csv },
      );
      setPreviewed({ csv, preview: p });
    });

  const onboard = () =>
    run(async () => {
      const { r } = await graphql<{ r: Onboarded }>('mutation OnboardCouncils($csv: String!) { r: onboardCouncils(csv: $csv) { invited protocolsFromModel councils { id name } } }', { csv: previewed!.csv });
      setDone(r);
      setPreviewed(null);
      setCsv('');
    });

  const readFile = async (f: File | undefined) => {
    if (!f) return;
    setCsv(await f.text());
    setPreviewed(null);
  };

  const current = previewed && previewed.csv === csv ? previewed.preview : null;
  const count = current?.rows.length ?? 0;

  return (
    <Stack spacing={2} data-testid="bulk-onboarding">
      <Typography variant="body2">{translate('onboarding.bulk.help')}</Typography>
      <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
        <Button variant="outlined" onClick={() => file.current?.click()} disabled={busy}>
          {translate('onboarding.bulk.upload')}
        </Button>
        <input ref={file} type="file" accept=".csv,text/csv" hidden data-testid="bulk-file" onChange={(e) => void readFile(e.target.files?.[0])} />
        <Button onClick={() => downloadCsv('onboarding-template.csv', template())}>
          {translate('onboarding.bulk.template')}
        </Button>
      </Stack>
      <TextField
        label={translate('onboarding.bulk.csv')}
        value={csv}
        onChange={(e) => setCsv(e.target.value)}
        multiline
        minRows={5}
        maxRows={16}
        helperText={translate('onboarding.bulk.csv_help')}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
      <Box>
        <Button variant="contained" onClick={preview} disabled={busy || !csv.trim()}>
          {translate('onboarding.bulk.preview')}
        </Button>
      </Box>
      {error && (
        <Alert severity="error" data-testid="bulk-error">
          {error}
        </Alert>
      )}
      {previewed && !current && <Alert severity="info">{translate('onboarding.bulk.changed')}</Alert>}
      {current && (
        <Stack spacing={2} data-testid="bulk-preview">
          <Alert severity={current.ready ? 'success' : 'warning'}>
            {current.ready
              ? translate('onboarding.bulk.ready', { smart_count: count })
              : translate('onboarding.bulk.has_errors', { smart_count: current.rowsWithErrors, total: count })}
          </Alert>
          <TableContainer sx={{ maxHeight: 520 }}>
            <Table size="small" stickyHeader aria-label={translate('onboarding.bulk.table')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('onboarding.bulk.row')}</TableCell>
                  <TableCell>{translate('resources.councils.fields.name')}</TableCell>
                  <TableCell>{translate('resources.councils.fields.kind')}</TableCell>
                  <TableCell>{translate('resources.councils.fields.parentId')}</TableCell>
                  <TableCell>{translate('onboarding.clerk_name')}</TableCell>
                  <TableCell>{translate('onboarding.clerk_email')}</TableCell>
                  <TableCell>{translate('onboarding.bulk.problems')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {current.rows.map((r) => (
                  <TableRow key={r.row} data-testid={`bulk-row-${r.row}`} sx={r.errors.length ? { bgcolor: 'action.hover' } : undefined}>
                    <TableCell>{r.row}</TableCell>
                    <TableCell>
                      {r.name || '—'}
                      {r.slug && (
                        <Typography variant="caption" color="text.secondary" component="div">
                          {r.slug}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{r.kind ? translate(`accord.kind.${r.kind}`) : '—'}</TableCell>
                    <TableCell>{r.parentName ?? '—'}</TableCell>
                    <TableCell>{r.clerkName || '—'}</TableCell>
                    <TableCell>{r.clerkEmail || '—'}</TableCell>
                    <TableCell>
                      {r.errors.length === 0 ? (
                        <Chip size="small" color="success" label={translate('onboarding.bulk.ok')} />
                      ) : (
                        <Box component="ul" sx={{ m: 0, pl: 2, color: 'error.main' }}>
                          {r.errors.map((e) => (
                            <li key={e.column + e.message}>{translate('onboarding.bulk.error', { row: r.row, column: translate(`onboarding.bulk.column.${e.column.replace(' ', '_')}`, { _: e.column }), message: e.message })}</li>
                          ))}
                        </Box>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Box>
            <Button variant="contained" onClick={onboard} disabled={busy || !current.ready}>
              {translate('onboarding.bulk.onboard', { smart_count: count })}
            </Button>
          </Box>
        </Stack>
      )}
      {done && (
        <Stack spacing={1} data-testid="bulk-done">
          <Alert severity="success">{translate('onboarding.bulk.done', { smart_count: done.councils.length, invited: done.invited })}</Alert>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {done.councils.map((c) => (
              <li key={c.id}>
                <LinkBase to={createPath({ resource: 'councils', type: 'edit', id: c.id })}>{c.name}</LinkBase>
              </li>
            ))}
          </Box>
        </Stack>
      )}
    </Stack>
  );
};
