import { useState } from 'react';
import { Box, Button, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { ArrayInput, AutocompleteArrayInput, DateInput, NumberInput, SelectInput, SimpleFormIterator, TextInput, useDataProvider, useTranslate } from 'react-admin';
import { SafeFormDialog } from '../../common/SafeFormDialog';
import { validateMonths, validateNotEmpty, validateRequired } from '../validation';
import { ClauseChips } from './ClauseChips';
import { useEditor } from './context';

/** When the protocol is reviewed, by whom, who approves amendments, and what was amended since adoption. */
export function ReviewTab() {
  const { version, editable, roleTitle } = useEditor();
  const translate = useTranslate();
  const [editing, setEditing] = useState(false);
  const lower = (k: string | null) => k?.toLowerCase() ?? null;
  const rows: [string, React.ReactNode][] = [
    ['protocols.review.every', version.reviewEveryMonths ? translate('protocols.review.months', { smart_count: version.reviewEveryMonths }) : '—'],
    ['protocols.review.on', version.reviewOn ?? '—'],
    ['protocols.review.body', roleTitle(lower(version.reviewingBody)) || '—'],
    ['protocols.review.amended_by', roleTitle(lower(version.amendedBy)) || '—'],
    ['protocols.review.next', version.nextReviewDue ?? translate('protocols.review.next_on_adoption')],
    ['protocols.rules.clauses', <ClauseChips key="c" numbers={version.reviewClauses} />],
  ];
  return (
    <Box>
      <Table size="small" sx={{ maxWidth: 720 }}>
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" sx={{ fontWeight: 600, width: 260 }}>{translate(label)}</TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate('protocols.review.amendments')}</Typography>
      {version.amendments.length === 0 && <Typography variant="body2" color="text.secondary">{translate('protocols.review.no_amendments')}</Typography>}
      <Stack spacing={0.5}>
        {version.amendments.map((a, i) => (
          <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{a.on}</Typography>
            <Typography variant="body2">{a.scope}</Typography>
            <ClauseChips numbers={a.clauses} />
          </Stack>
        ))}
      </Stack>
      {editable && (
        <Button variant="outlined" startIcon={<EditIcon />} sx={{ mt: 2 }} onClick={() => setEditing(true)}>
          {translate('protocols.review.edit')}
        </Button>
      )}
      {editing && <ReviewDialog onClose={() => setEditing(false)} />}
    </Box>
  );
}

function ReviewDialog({ onClose }: { onClose: () => void }) {
  const { version, roleChoices, clauseChoices } = useEditor();
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const up = (k: string | undefined | null) => (k ? k.toUpperCase() : null);
  return (
    <SafeFormDialog
      open
      testId="review-dialog"
      title={translate('protocols.review.edit')}
      resource="protocolReviews"
      record={version}
      toValues={(v) => ({
        reviewEveryMonths: v.reviewEveryMonths,
        reviewOn: v.reviewOn,
        reviewingBody: v.reviewingBody?.toLowerCase() ?? null,
        amendedBy: v.amendedBy?.toLowerCase() ?? null,
        clauses: v.reviewClauses,
        amendments: v.amendments,
      })}
      toData={(v) => ({
        reviewEveryMonths: v.reviewEveryMonths === '' || v.reviewEveryMonths == null ? null : v.reviewEveryMonths,
        reviewOn: v.reviewOn || null,
        reviewingBody: up(v.reviewingBody),
        amendedBy: up(v.amendedBy),
        clauses: v.clauses ?? [],
        amendments: (v.amendments ?? []).map((a: any) => ({ on: a.on, scope: a.scope ?? '', clauses: a.clauses ?? [] })),
      })}
      reload={() => dataProvider.getOne('protocolReviews', { id: version.id }).then((r) => r.data)}
      onClose={onClose}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="reviewEveryMonths" label="protocols.review.every_months" validate={validateMonths} min={1} max={120} />
        <DateInput source="reviewOn" label="protocols.review.on" />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectInput source="reviewingBody" label="protocols.review.body" choices={roleChoices} emptyText="protocols.common.none" />
        <SelectInput source="amendedBy" label="protocols.review.amended_by" choices={roleChoices} emptyText="protocols.common.none" />
      </Stack>
      <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} />
      <Typography variant="subtitle2">{translate('protocols.review.amendments')}</Typography>
      <ArrayInput source="amendments" label={false}>
        <SimpleFormIterator inline disableClear>
          <DateInput source="on" label="protocols.review.amended_on" validate={validateRequired} />
          <TextInput source="scope" label="protocols.review.scope" validate={validateNotEmpty} />
          <AutocompleteArrayInput source="clauses" label="protocols.rules.clauses" choices={clauseChoices} sx={{ minWidth: 200 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </SafeFormDialog>
  );
}
