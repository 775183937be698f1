import { useEffect, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { type DataProvider, useDataProvider, useTranslate } from 'react-admin';
import { errorMessage } from '../../common/conflict';
import type { ProtocolMethods } from '../dataProvider';
import type { Comparison } from '../types';
import { useEditor } from './context';
import { changeText, fieldChanges, valueText } from './fieldDiff';

const COLOURS = { ADDED: 'success', CHANGED: 'warning', REMOVED: 'error' } as const;

/** The draft against the adopted version, or against the model the protocol follows: clause by clause, then rule by rule. */
export function CompareTab() {
  const { record, version } = useEditor();
  const translate = useTranslate();
  const dataProvider = useDataProvider<DataProvider & ProtocolMethods>();
  const adoptedId = record.protocol?.adopted?.id ?? null;
  const modelId = record.protocol?.model?.adopted?.id ?? null;
  const [against, setAgainst] = useState<'adopted' | 'model'>(adoptedId ? 'adopted' : 'model');
  const baseId = against === 'adopted' ? adoptedId : modelId;
  const [result, setResult] = useState<{ data?: Comparison; error?: string; loading: boolean }>({ loading: false });

  useEffect(() => {
    if (!baseId) return;
    let live = true;
    setResult({ loading: true });
    dataProvider
      .compareProtocolVersions(baseId, version.id)
      .then((data) => live && setResult({ data, loading: false }))
      .catch((e) => live && setResult({ error: errorMessage(e), loading: false }));
    return () => {
      live = false;
    };
    // The draft's own version moves on with every edit: compare again then.
  }, [baseId, version.id, version.version, dataProvider]);

  const c = result.data;
  const yes = translate('ra.boolean.true');
  const no = translate('ra.boolean.false');
  const download = () => {
    if (!c) return;
    const lines = [
      `# ${record.protocol?.title ?? ''}: ${translate('protocols.compare.summary', { base: c.base.number, other: c.other.number, clauses: translate('protocols.compare.clause_count', { smart_count: c.clauses.length }), rules: translate('protocols.compare.rule_count', { smart_count: c.rules.length }) })}`,
      '',
      `## ${translate('protocols.compare.clauses')}`,
      ...c.clauses.map((x) => `- ${x.number} (${translate(`protocols.compare.${x.change}`)}): ${x.textBefore ?? '—'} → ${x.textAfter ?? '—'}`),
      '',
      `## ${translate('protocols.compare.rules')}`,
      ...c.rules.flatMap((r) => [`- ${translate(`protocols.sections.${r.section.toUpperCase()}`)} ${r.key} (${translate(`protocols.compare.${r.change}`)})`, ...fieldChanges(r.before, r.after).map((f) => `  - ${changeText(f, yes, no)}`)]),
    ];
    const url = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/markdown;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `changes-${c.base.number}-${c.other.number}.md`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Box data-testid="compare">
      {c && baseId && (
        <Stack direction="row" spacing={1} className="no-print" sx={{ mb: 1, float: 'right' }}>
          <Button size="small" startIcon={<PrintIcon />} onClick={() => window.print()}>
            {translate('protocols.compare.print')}
          </Button>
          <Button size="small" startIcon={<DownloadIcon />} onClick={download} data-testid="compare-download">
            {translate('protocols.compare.download')}
          </Button>
        </Stack>
      )}
      <ToggleButtonGroup className="no-print" size="small" exclusive value={against} onChange={(_, v) => v && setAgainst(v)} sx={{ mb: 2 }}>
        <ToggleButton value="adopted" disabled={!adoptedId}>{translate('protocols.compare.against_adopted')}</ToggleButton>
        <ToggleButton value="model" disabled={!modelId}>
          {record.protocol?.model ? translate('protocols.compare.against_model', { title: record.protocol.model.title }) : translate('protocols.compare.no_model')}
        </ToggleButton>
      </ToggleButtonGroup>
      {!baseId && <Alert severity="info">{translate(against === 'model' ? 'protocols.compare.no_model_help' : 'protocols.compare.no_adopted')}</Alert>}
      {result.loading && <CircularProgress size={24} />}
      {result.error && <Alert severity="error">{result.error}</Alert>}
      {c && baseId && (
        <>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('protocols.compare.summary', {
              base: c.base.number,
              other: c.other.number,
              clauses: translate('protocols.compare.clause_count', { smart_count: c.clauses.length }),
              rules: translate('protocols.compare.rule_count', { smart_count: c.rules.length }),
            })}
          </Typography>
          <Typography variant="h6" component="h2" sx={{ mt: 1 }}>{translate('protocols.compare.clauses')}</Typography>
          {c.clauses.length === 0 ? (
            <Typography color="text.secondary">{translate('protocols.compare.no_clause_changes')}</Typography>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('protocols.clauses.number')}</TableCell>
                  <TableCell>{translate('protocols.compare.change')}</TableCell>
                  <TableCell width="42%">{translate(against === 'adopted' ? 'protocols.compare.in_adopted' : 'protocols.compare.in_model')}</TableCell>
                  <TableCell width="42%">{translate('protocols.compare.in_draft')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.clauses.map((x) => (
                  <TableRow key={`${x.number}-${x.change}`} data-testid={`clause-change-${x.number}`} sx={{ verticalAlign: 'top' }}>
                    <TableCell sx={{ fontWeight: 700 }}>{x.number}</TableCell>
                    <TableCell><Chip size="small" color={COLOURS[x.change]} label={translate(`protocols.compare.${x.change}`)} /></TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-wrap', bgcolor: x.textBefore != null ? 'rgba(211,47,47,0.04)' : undefined }}>
                      {x.headingBefore && <strong>{x.headingBefore}: </strong>}
                      {x.textBefore != null && x.textAfter != null ? <Marked text={x.textBefore} other={x.textAfter} kind="removed" /> : (x.textBefore ?? '—')}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-wrap', bgcolor: x.textAfter != null ? 'rgba(46,125,50,0.05)' : undefined }}>
                      {x.headingAfter && <strong>{x.headingAfter}: </strong>}
                      {x.textBefore != null && x.textAfter != null ? <Marked text={x.textAfter} other={x.textBefore} kind="added" /> : (x.textAfter ?? '—')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Typography variant="h6" component="h2" sx={{ mt: 3 }}>{translate('protocols.compare.rules')}</Typography>
          {c.rules.length === 0 ? (
            <Typography color="text.secondary">{translate('protocols.compare.no_rule_changes')}</Typography>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('protocols.compare.section')}</TableCell>
                  <TableCell>{translate('protocols.compare.key')}</TableCell>
                  <TableCell>{translate('protocols.compare.change')}</TableCell>
                  <TableCell>{translate('protocols.compare.what')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {c.rules.map((r) => (
                  <TableRow key={`${r.section}-${r.key}`} sx={{ verticalAlign: 'top' }}>
                    <TableCell>{translate(`protocols.sections.${r.section.toUpperCase()}`)}</TableCell>
                    <TableCell><code>{r.key}</code></TableCell>
                    <TableCell><Chip size="small" color={COLOURS[r.change]} label={translate(`protocols.compare.${r.change}`)} /></TableCell>
                    <TableCell>
                      <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid={`rule-change-${r.key}`}>
                        {fieldChanges(r.before, r.after).map((f) => (
                          <li key={f.path.join('.')} data-path={f.path.join('.')}>
                            <code>{f.path.join(' › ')}</code>: {r.change !== 'ADDED' && <Box component="span" sx={{ textDecoration: r.change === 'REMOVED' ? 'line-through' : undefined }}>{valueText(f.before, yes, no)}</Box>}
                            {r.change === 'CHANGED' && ' → '}
                            {r.change !== 'REMOVED' && <strong>{valueText(f.after, yes, no)}</strong>}
                          </li>
                        ))}
                      </Box>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </Box>
  );
}

/**
 * A changed clause's text with the words that differ from the other side marked: what the two
 * share at the start and at the end stays plain, the middle is highlighted (removed or added).
 */
function Marked({ text, other, kind }: { text: string; other: string; kind: 'added' | 'removed' }) {
  const a = text.split(/(\s+)/);
  const b = other.split(/(\s+)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  // The space before the first differing word stays plain.
  if (start < a.length - end && /^\s+$/.test(a[start])) start++;
  const middle = a.slice(start, a.length - end).join('');
  return (
    <>
      {a.slice(0, start).join('')}
      {middle && (
        <Box
          component="mark"
          data-testid={`text-${kind}`}
          sx={{ bgcolor: kind === 'added' ? 'rgba(46,125,50,0.22)' : 'rgba(211,47,47,0.18)', color: 'inherit', textDecoration: kind === 'removed' ? 'line-through' : 'none', borderRadius: 0.5 }}
        >
          {middle}
        </Box>
      )}
      {a.slice(a.length - end).join('')}
    </>
  );
}
