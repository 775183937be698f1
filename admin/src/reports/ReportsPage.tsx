import { useEffect, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DescriptionIcon from '@mui/icons-material/Description';
import { Alert, Box, Button, Card, CardContent, CardHeader, FormControlLabel, LinearProgress, MenuItem, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useQuery } from '@tanstack/react-query';
import { Title, useGetMany, useLocale, useNotify, usePermissions, useTranslate } from 'react-admin';
import { graphql, session } from '../graphql';
import { londonToday, useDates } from '../cases/dates';
import type { Permissions } from '../types';
import { downloadCsv, downloadFile, toCsv } from './csv';

interface Figures {
  enquiries: number;
  acknowledged: number;
  acknowledgedOnTime: number;
  answered: number;
  answeredOnTime: number;
  answeredOnTimeShare: number | null;
  medianDaysToAcknowledge: number | null;
  medianDaysToAnswer: number | null;
  escalations: number;
  concerns: number;
  concernsByKind: { concern: string; count: number }[];
  reviewsDue: number;
  reviewsOnTime: number;
}
interface Report {
  from: string;
  to: string;
  councils: (Figures & { councilId: string; name: string })[];
  years: (Figures & { year: number })[];
  total: Figures;
}

const FIGURES = 'enquiries acknowledged acknowledgedOnTime answered answeredOnTime answeredOnTimeShare medianDaysToAcknowledge medianDaysToAnswer escalations concerns concernsByKind { concern count } reviewsDue reviewsOnTime';
const REPORT = `query Report($c: ID!, $f: LocalDate!, $t: LocalDate!, $b: Boolean!) { r: protocolReport(councilId: $c, from: $f, to: $t, includeBelow: $b) {
  from to councils { councilId name ${FIGURES} } years { year ${FIGURES} } total { ${FIGURES} } } }`;

const Figure = ({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) => (
  <Card variant="outlined" sx={{ flex: '1 1 170px', minWidth: 170 }} data-testid={testId}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h4" component="p" fontWeight={600} data-testid={`${testId}-value`}>
        {value}
      </Typography>
      {detail && (
        <Typography variant="caption" color="text.secondary">
          {detail}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/**
 * The standards committee's report (protocolReport): figures, a chart of answers on time and late
 * by council, tables by council and by year, concerns by kind; CSV export and a printable page.
 */
export const ReportsPage = () => {
  const translate = useTranslate();
  const dates = useDates();
  const { permissions } = usePermissions<Permissions>();
  const councilIds = [...new Set((permissions?.memberships ?? []).map((m) => m.councilId))];
  const { data: councils = [] } = useGetMany<{ id: string; name: string }>('councils', { ids: councilIds }, { enabled: councilIds.length > 0 });
  const today = londonToday();
  const [councilId, setCouncilId] = useState('');
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [below, setBelow] = useState(true);
  const [asked, setAsked] = useState<{ c: string; f: string; t: string; b: boolean } | null>(null);
  useEffect(() => {
    if (!councilId && councils.length) {
      const mo = permissions?.memberships.find((m) => m.role === 'MONITORING_OFFICER')?.councilId;
      const first = mo ?? councils[0].id;
      setCouncilId(first);
      setAsked({ c: first, f: from, t: to, b: below });
    }
  }, [councils, councilId, permissions, from, to, below]);
  const { data, error, isFetching } = useQuery({
    queryKey: ['reports', asked],
    enabled: !!asked,
    retry: false,
    queryFn: async ({ signal }) => (await graphql<{ r: Report }>(REPORT, asked!, signal)).r,
  });
  const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
  const concernName = (key: string) => translate(`casework.concern.${key.toUpperCase()}`, { _: key.replace(/_/g, ' ') });

  const locale = useLocale();
  const notify = useNotify();
  const [downloading, setDownloading] = useState<'pdf' | 'docx' | null>(null);
  /** The committee paper (GET /reports/paper.pdf or .docx) for the report shown, fetched with the session's token. */
  const downloadPaper = async (format: 'pdf' | 'docx') => {
    if (!asked) return;
    setDownloading(format);
    try {
      const query = new URLSearchParams({ councilId: asked.c, from: asked.f, to: asked.t, includeBelow: String(asked.b) });
      const token = session.token();
      const res = await fetch(`/reports/paper.${format}?${query}`, { headers: { 'Accept-Language': locale, ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
      if (!res.ok) {
        const body = await res.json().catch(() => null);
        throw new Error(body?.error?.message ?? translate('reports.paper_failed'));
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `report.${format}`;
      downloadFile(name, await res.blob());
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setDownloading(null);
    }
  };

  const exportCsv = () => {
    if (!data) return;
    const header = ['council', 'enquiries', 'acknowledged', 'acknowledged_on_time', 'answered', 'answered_on_time', 'answered_on_time_share', 'median_working_days_to_acknowledge', 'median_working_days_to_answer', 'escalations', 'concerns', 'reviews_due', 'reviews_on_time'];
    const row = (name: string, f: Figures) => [name, f.enquiries, f.acknowledged, f.acknowledgedOnTime, f.answered, f.answeredOnTime, f.answeredOnTimeShare === null ? '' : f.answeredOnTimeShare.toFixed(3), f.medianDaysToAcknowledge ?? '', f.medianDaysToAnswer ?? '', f.escalations, f.concerns, f.reviewsDue, f.reviewsOnTime];
    downloadCsv(`report-${data.from}-${data.to}.csv`, toCsv(header, [...data.councils.map((c) => row(c.name, c)), row('TOTAL', data.total)]));
  };

  return (
    <Box sx={{ mt: 2 }} data-testid="reports">
      <Title title={translate('reports.title')} />
      <Typography sx={{ mb: 2 }}>{translate('reports.intro')}</Typography>
      <Card className="no-print" sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems={{ md: 'center' }}>
            <TextField select label={translate('reports.council')} value={councilId} onChange={(e) => setCouncilId(e.target.value)} sx={{ minWidth: 260 }}>
              {councils.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField type="date" label={translate('reports.from')} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField type="date" label={translate('reports.to')} value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <FormControlLabel control={<Switch checked={below} onChange={(e) => setBelow(e.target.checked)} />} label={translate('reports.below')} />
            <Button variant="contained" onClick={() => setAsked({ c: councilId, f: from, t: to, b: below })} disabled={!councilId}>
              {translate('reports.run')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      {isFetching && <LinearProgress />}
      {error && <Alert severity="error">{error instanceof Error ? error.message : String(error)}</Alert>}
      {data && (
        <Stack spacing={2}>
          <Stack direction="row" justifyContent="space-between" alignItems="center" flexWrap="wrap" useFlexGap>
            <Typography variant="h6" component="h2">
              {dates.day(data.from)} – {dates.day(data.to)}
            </Typography>
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }} className="no-print">
              <Button size="small" startIcon={<PrintIcon />} onClick={() => window.print()}>
                {translate('reports.print')}
              </Button>
              <Button size="small" startIcon={<PictureAsPdfIcon />} onClick={() => downloadPaper('pdf')} disabled={downloading !== null} data-testid="report-pdf">
                {translate('reports.pdf')}
              </Button>
              <Button size="small" startIcon={<DescriptionIcon />} onClick={() => downloadPaper('docx')} disabled={downloading !== null} data-testid="report-docx">
                {translate('reports.docx')}
              </Button>
              <Button size="small" startIcon={<DownloadIcon />} onClick={exportCsv} data-testid="report-csv">
                {translate('reports.csv')}
              </Button>
            </Stack>
          </Stack>
          <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap data-testid="report-figures">
            <Figure testId="report-enquiries" label={translate('reports.enquiries')} value={String(data.total.enquiries)} />
            <Figure testId="report-acknowledged" label={translate('reports.acknowledged_on_time')} value={String(data.total.acknowledgedOnTime)} detail={translate('reports.of', { n: data.total.acknowledgedOnTime, total: data.total.enquiries })} />
            <Figure testId="report-answered" label={translate('reports.answered_on_time')} value={String(data.total.answeredOnTime)} detail={translate('reports.share', { share: pct(data.total.answeredOnTimeShare) })} />
            <Figure testId="report-median-ack" label={translate('reports.median_ack')} value={data.total.medianDaysToAcknowledge === null ? '—' : String(data.total.medianDaysToAcknowledge)} />
            <Figure testId="report-median" label={translate('reports.median')} value={data.total.medianDaysToAnswer === null ? '—' : String(data.total.medianDaysToAnswer)} />
            <Figure testId="report-escalations" label={translate('reports.escalations')} value={String(data.total.escalations)} />
            <Figure testId="report-concerns" label={translate('reports.concerns')} value={String(data.total.concerns)} />
            <Figure testId="report-reviews" label={translate('reports.reviews_on_time')} value={translate('reports.of', { n: data.total.reviewsOnTime, total: data.total.reviewsDue })} />
          </Stack>
          <Card>
            <CardHeader title={translate('reports.chart_title')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
            <CardContent>
              <Box role="img" aria-label={translate('reports.chart_title')} data-testid="report-chart">
                <BarChart
                  height={Math.max(220, 60 + data.councils.length * 36)}
                  layout="horizontal"
                  dataset={data.councils.map((c) => ({ name: c.name, onTime: c.answeredOnTime, late: c.answered - c.answeredOnTime, open: c.enquiries - c.answered }))}
                  yAxis={[{ scaleType: 'band', dataKey: 'name', width: 220 }]}
                  series={[
                    { dataKey: 'onTime', label: translate('reports.on_time'), stack: 'all', color: '#2e7d32' },
                    { dataKey: 'late', label: translate('reports.late'), stack: 'all', color: '#c62828' },
                    { dataKey: 'open', label: translate('reports.unanswered'), stack: 'all', color: '#757575' },
                  ]}
                />
              </Box>
            </CardContent>
          </Card>
          <Card>
            <CardHeader title={translate('reports.by_council')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" data-testid="report-councils">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('reports.council')}</TableCell>
                    <TableCell align="right">{translate('reports.enquiries')}</TableCell>
                    <TableCell align="right">{translate('reports.acknowledged_on_time')}</TableCell>
                    <TableCell align="right">{translate('reports.answered_on_time')}</TableCell>
                    <TableCell align="right">{translate('reports.median')}</TableCell>
                    <TableCell align="right">{translate('reports.escalations')}</TableCell>
                    <TableCell align="right">{translate('reports.concerns')}</TableCell>
                    <TableCell align="right">{translate('reports.reviews_on_time')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.councils.map((c) => (
                    <TableRow key={c.councilId} data-council={c.councilId}>
                      <TableCell component="th" scope="row">{c.name}</TableCell>
                      <TableCell align="right" data-figure="enquiries">{c.enquiries}</TableCell>
                      <TableCell align="right">{translate('reports.of', { n: c.acknowledgedOnTime, total: c.enquiries })}</TableCell>
                      <TableCell align="right" data-figure="answeredOnTime">{translate('reports.of', { n: c.answeredOnTime, total: c.answered })} ({pct(c.answeredOnTimeShare)})</TableCell>
                      <TableCell align="right">{c.medianDaysToAnswer ?? '—'}</TableCell>
                      <TableCell align="right" data-figure="escalations">{c.escalations}</TableCell>
                      <TableCell align="right" data-figure="concerns">{c.concerns}</TableCell>
                      <TableCell align="right">{translate('reports.of', { n: c.reviewsOnTime, total: c.reviewsDue })}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          </Card>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
            <Card>
              <CardHeader title={translate('reports.by_year')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('reports.year')}</TableCell>
                    <TableCell align="right">{translate('reports.enquiries')}</TableCell>
                    <TableCell align="right">{translate('reports.answered_on_time')}</TableCell>
                    <TableCell align="right">{translate('reports.escalations')}</TableCell>
                    <TableCell align="right">{translate('reports.concerns')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.years.map((y) => (
                    <TableRow key={y.year}>
                      <TableCell component="th" scope="row">{y.year}</TableCell>
                      <TableCell align="right">{y.enquiries}</TableCell>
                      <TableCell align="right">{pct(y.answeredOnTimeShare)}</TableCell>
                      <TableCell align="right">{y.escalations}</TableCell>
                      <TableCell align="right">{y.concerns}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Card>
            <Card>
              <CardHeader title={translate('reports.concern_kinds')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
              <CardContent>
                {data.total.concernsByKind.length === 0 ? (
                  <Typography color="text.secondary">{translate('reports.none')}</Typography>
                ) : (
                  <Table size="small">
                    <TableBody>
                      {data.total.concernsByKind.map((k) => (
                        <TableRow key={k.concern}>
                          <TableCell component="th" scope="row">{concernName(k.concern)}</TableCell>
                          <TableCell align="right">{k.count}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </CardContent>
            </Card>
          </Box>
        </Stack>
      )}
    </Box>
  );
};
