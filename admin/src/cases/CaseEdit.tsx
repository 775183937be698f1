import { useState } from 'react';
import { Alert, Button } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { Edit, SimpleForm, TextInput, useEditContext } from 'react-admin';
import { isApiError } from '../graphql';
import { CaseTextInputs } from './CaseForm';
import type { CaseRecord } from './types';
import { useT } from './useT';
import { validateAboutPerson, validateCase, validateRaisedByEmail, validateRaisedByName } from './validation';

const isStale = (e: unknown) => isApiError(e) && e.code === 'CONFLICT' && !e.field;

/**
 * Someone else changed the case since it was read: say so, and reload their version with what
 * was typed put back on top (so nothing typed is lost silently; saving again sends the new version).
 */
const ConflictBanner = ({ onReloaded }: { onReloaded: () => void }) => {
  const t = useT();
  const { refetch } = useEditContext<CaseRecord>();
  const form = useFormContext();
  const reload = async () => {
    const typed = form.getValues();
    const dirty = Object.keys(form.formState.dirtyFields);
    await refetch();
    // The form resets to the reloaded record; then what was typed goes back.
    setTimeout(() => {
      for (const field of dirty) form.setValue(field, typed[field], { shouldDirty: true });
      onReloaded();
    }, 0);
  };
  return (
    <Alert
      severity="warning"
      data-testid="case-conflict"
      sx={{ mb: 2, width: '100%' }}
      action={
        <Button color="inherit" size="small" onClick={reload}>
          {t('casework.form.reload_keep')}
        </Button>
      }
    >
      {t('casework.form.conflict')}
    </Alert>
  );
};

/** What a case says (not what fixed its deadlines), saved with the version that was read. */
export const CaseEdit = () => {
  const t = useT();
  const [conflict, setConflict] = useState(false);
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      mutationOptions={{ onError: (e: unknown) => (isStale(e) ? setConflict(true) : undefined) }}
      title={t('casework.show.edit')}
    >
      <SimpleForm validate={(values) => validateCase(values, 'edit')}>
        {conflict && <ConflictBanner onReloaded={() => setConflict(false)} />}
        <CaseTextInputs />
        <TextInput source="raisedByName" label={t('resources.cases.fields.raisedByName')} validate={validateRaisedByName} />
        <TextInput source="raisedByEmail" label={t('resources.cases.fields.raisedByEmail')} validate={validateRaisedByEmail} />
        <TextInput source="aboutPerson" label={t('resources.cases.fields.aboutPerson')} validate={validateAboutPerson} />
      </SimpleForm>
    </Edit>
  );
};
