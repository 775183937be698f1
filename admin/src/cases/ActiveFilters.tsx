import { Button, Chip, Stack, Typography } from '@mui/material';
import { useGetOne, useListContext } from 'react-admin';
import { useRoleTitle } from '../common/roleTitle';
import { useDates } from './dates';
import { useT } from './useT';

const CouncilName = ({ id }: { id: string }) => {
  const { data } = useGetOne<{ id: string; name: string }>('councils', { id });
  return <>{data?.name ?? '…'}</>;
};

/**
 * Every filter the list is using, as a chip that removes it: a filter carried in from a dashboard
 * link (cases with the monitoring officer, due this week) is never hidden, even where the filter bar
 * has no input for it.
 */
export const ActiveFilters = () => {
  const t = useT();
  const dates = useDates();
  const roleTitle = useRoleTitle();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const entries = Object.entries(filterValues ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (entries.length === 0) return null;
  const many = (v: unknown) => (Array.isArray(v) ? v : [v]) as string[];
  const valueOf = (key: string, v: unknown) => {
    switch (key) {
      case 'status':
        return many(v).map((s) => t(`casework.status.${s}`)).join(', ');
      case 'kind':
        return many(v).map((s) => t(`casework.kind.${s}`)).join(', ');
      case 'overdueOn':
        return null;
      case 'dueFrom':
      case 'dueTo':
        return dates.day(String(v));
      case 'handlerRole':
        return many(v).map((r) => roleTitle(r)).join(', ');
      case 'councilId':
        return <CouncilName id={String(v)} />;
      default:
        return typeof v === 'boolean' ? null : String(v);
    }
  };
  const remove = (key: string) => {
    const { [key]: _, ...rest } = filterValues;
    const { [key]: __, ...shown } = displayedFilters ?? {};
    setFilters(rest, shown);
  };
  return (
    <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap sx={{ px: 2, py: 1 }} data-testid="active-filters" component="section" aria-label={t('casework.list.active_filters')}>
      <Typography variant="body2" color="text.secondary">
        {t('casework.list.active_filters')}:
      </Typography>
      {entries.map(([key, v]) => {
        const name = t(`resources.cases.fields.${key}`);
        const value = valueOf(key, v);
        return (
          <Chip
            key={key}
            size="small"
            data-filter={key}
            label={
              <>
                {name}
                {value !== null && <>: {value}</>}
              </>
            }
            onDelete={() => remove(key)}
            title={t('casework.list.remove_filter', { name })}
          />
        );
      })}
      <Button size="small" onClick={() => setFilters({}, {})}>
        {t('casework.list.clear_filters')}
      </Button>
    </Stack>
  );
};
