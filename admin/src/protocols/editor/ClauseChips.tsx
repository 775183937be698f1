import { Chip, Stack, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useEditor } from './context';

/** The clauses a rule cites, each a link to the clause (its text on hover). */
export function ClauseChips({ numbers }: { numbers: readonly string[] | undefined }) {
  const { clause, showClause } = useEditor();
  const translate = useTranslate();
  if (!numbers?.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label={translate('protocols.clauses.cited')}>
      {numbers.map((n) => {
        const c = clause(n);
        return (
          <Tooltip key={n} title={c ? c.text.slice(0, 300) : translate('protocols.clauses.missing', { number: n })}>
            <Chip
              size="small"
              variant="outlined"
              color={c ? 'primary' : 'error'}
              label={translate('protocols.clauses.chip', { number: n })}
              component="a"
              href={`#clause-${n}`}
              clickable
              onClick={(e: React.MouseEvent) => {
                e.preventDefault();
                showClause(n);
              }}
            />
          </Tooltip>
        );
      })}
    </Stack>
  );
}
