import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AccordDataProvider } from '../dataProvider';
import { graphql } from '../graphql';
import { londonToday, useDates } from './dates';
import type { CaseRecord } from './types';
import { useT } from './useT';

/**
 * Under a case's deadlines, how they were counted: the unit and reading of the response standard
 * (the protocol's, asked with the case's receipt), the cut-off and whether the receipt was after it,
 * and the council's closure days that fell between day 0 and the reply date.
 */
export const HowCounted = ({ record }: { record: CaseRecord }) => {
  const t = useT();
  const dates = useDates();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const enquiry = record.kind === 'ENQUIRY' && !!record.category;
  const { data } = useQuery({
    queryKey: ['casework', 'counted', record.id, record.receivedAt, record.urgent],
    enabled: enquiry,
    staleTime: 60_000,
    retry: false,
    queryFn: ({ signal }) => dataProvider.responseDeadlines({ councilId: record.councilId, category: record.category!, receivedAt: record.receivedAt, urgent: record.urgent }, signal),
  });
  const to = record.respondBy ?? record.acknowledgeBy;
  const { data: closures = [] } = useQuery({
    queryKey: ['casework', 'closures', record.councilId, record.startDay, to],
    enabled: enquiry && !!record.startDay && !!to,
    staleTime: 60_000,
    retry: false,
    queryFn: async ({ signal }) =>
      (await graphql<{ c: { date: string }[] }>(`query Closures($c: ID!, $from: LocalDate, $to: LocalDate) { c: councilClosures(councilId: $c, from: $from, to: $to) { date } }`, { c: record.councilId, from: record.startDay, to }, signal)).c,
  });
  if (!enquiry || !data) return null;
  const receivedDay = londonToday(new Date(record.receivedAt));
  const afterCutOff = !!data.cutOff && data.unit !== 'HOURS' && data.startDay > receivedDay;
  return (
    <Box sx={{ mt: 1.5 }} data-testid="how-counted" data-cut-off={data.cutOff ?? ''} data-closures={closures.map((c) => c.date).join(',')}>
      <Typography variant="caption" component="h4" sx={{ fontWeight: 600, display: 'block' }}>
        {t('casework.counted.title')}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }}>
        {t('ask.deadlines.counting', { unit: t(`ask.unit.${data.unit}`), receipt: data.unit === 'HOURS' ? t('ask.receipt.HOURS') : t(`ask.receipt.${data.receiptOnNonWorkingDay}`) })}.{' '}
        {data.cutOff ? t('casework.counted.cut_off', { time: data.cutOff }) : t('casework.counted.no_cut_off')}{' '}
        {afterCutOff ? t('casework.counted.after_cut_off', { date: dates.day(data.startDay) }) : ''}{' '}
        {closures.length ? t('casework.counted.closures', { dates: closures.map((c) => dates.day(c.date)).join(', ') }) : t('casework.counted.no_closures')}
      </Typography>
    </Box>
  );
};
