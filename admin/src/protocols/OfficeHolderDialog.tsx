import { Stack, Typography } from '@mui/material';
import { BooleanInput, DateInput, TextInput, useDataProvider, useTranslate } from 'react-admin';
import { SafeFormDialog } from '../common/SafeFormDialog';
import type { OfficeHolder } from './types';
import { validateEmail, validateHolderDates, validateHolderName } from './validation';

/** toDate must not be before fromDate: said beside toDate, as the API says it. */
const validateToDate = (_value: unknown, values: Record<string, unknown>) => validateHolderDates(values).toDate;

/**
 * Adds or edits who holds a role at a council: used by the protocol editor's roles tab and the
 * council page. Saves send the version read; on a conflict the other person's version is shown.
 */
export function OfficeHolderDialog(props: { councilId: string; roleKey: string; title: string; holder: OfficeHolder | null; testId: string; onClose: () => void }) {
  const { councilId, holder } = props;
  const dataProvider = useDataProvider();
  return (
    <SafeFormDialog
      open
      maxWidth="sm"
      testId={props.testId}
      title={props.title}
      resource="officeHolders"
      record={holder ?? undefined}
      initialValues={{ name: '', email: '', phone: '', deputy: false, fromDate: null, toDate: null }}
      toValues={(h) => ({ name: h.name, email: h.email ?? '', phone: h.phone ?? '', deputy: h.deputy, fromDate: h.fromDate, toDate: h.toDate })}
      toData={(v) => ({ ...v, councilId, roleKey: (holder?.roleKey ?? props.roleKey).toUpperCase() })}
      meta={{ councilId }}
      reload={holder ? () => dataProvider.getOne<OfficeHolder>('officeHolders', { id: holder.id, meta: { councilId } }).then((r) => r.data) : undefined}
      renderTheirs={(theirs) => <TheirHolder holder={theirs as OfficeHolder} />}
      onClose={props.onClose}
    >
      <TextInput source="name" label="protocols.holders.name" validate={validateHolderName} fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="email" label="protocols.holders.email" validate={validateEmail} sx={{ flex: 1 }} />
        <TextInput source="phone" label="protocols.holders.phone" sx={{ flex: 1 }} />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DateInput source="fromDate" label="protocols.holders.from" sx={{ flex: 1 }} />
        <DateInput source="toDate" label="protocols.holders.to" validate={validateToDate} sx={{ flex: 1 }} />
      </Stack>
      <BooleanInput source="deputy" label="protocols.holders.deputy_help" />
    </SafeFormDialog>
  );
}

/** The other person's saved version, shown in the conflict alert after a reload. */
function TheirHolder({ holder }: { holder: OfficeHolder }) {
  const translate = useTranslate();
  const parts = [
    holder.name,
    holder.email,
    holder.phone,
    holder.deputy ? translate('protocols.holders.deputy') : null,
    holder.fromDate && `${translate('protocols.holders.from')} ${holder.fromDate}`,
    holder.toDate && `${translate('protocols.holders.to')} ${holder.toDate}`,
  ].filter(Boolean);
  return <Typography variant="body2">{parts.join(' · ')}</Typography>;
}
