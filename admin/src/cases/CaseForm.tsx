import { useState } from 'react';
import { Alert, Box, Divider, LinearProgress, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateTimeInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  usePermissions,
} from 'react-admin';
import type { Permissions } from '../types';
import { CASE_KINDS, CLASSIFICATIONS, SEVERITIES } from './types';
import { useProtocolVocabulary } from './useProtocolVocabulary';
import { useT } from './useT';
import {
  validateAboutPerson,
  validateCase,
  validateChosen,
  validateDescription,
  validateRaisedByEmail,
  validateRaisedByName,
  validateReceivedAt,
  validateSubject,
} from './validation';

const toIso = (v: string) => (v ? new Date(v).toISOString() : null);

/** The protocol-dependent inputs: what the chosen council's adopted protocol offers. */
const ProtocolInputs = ({ councilId, kind, concern }: { councilId?: string; kind?: string; concern?: string }) => {
  const t = useT();
  const vocabulary = useProtocolVocabulary(councilId);
  if (!councilId) return <Typography color="text.secondary">{t('casework.form.pick_council')}</Typography>;
  if (vocabulary.isPending) return <LinearProgress sx={{ my: 2, width: '100%' }} aria-label={t('casework.form.loading_protocol')} />;
  if (vocabulary.error || !vocabulary.adopted) return <Alert severity="warning">{t('casework.form.no_protocol')}</Alert>;
  const roleChoices = vocabulary.roles.map((r) => ({ id: r.key, name: r.title }));
  const severities = vocabulary.severitiesFor(concern).filter((s) => s !== 'ANY');
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      {kind === 'CONCERN' ? (
        <SelectInput
          source="concern"
          label={t('resources.cases.fields.concern')}
          choices={vocabulary.concerns.map((c) => ({ id: c, name: vocabulary.concernTitle(c) }))}
          validate={validateChosen}
        />
      ) : (
        <SelectInput
          source="category"
          label={t('resources.cases.fields.category')}
          choices={vocabulary.categories.map((c) => ({ id: c, name: vocabulary.categoryTitle(c) }))}
          validate={validateChosen}
        />
      )}
      {kind === 'CONCERN' && severities.length > 0 ? (
        <SelectInput
          source="severity"
          label={t('resources.cases.fields.severity')}
          choices={SEVERITIES.map((s) => ({ id: s, name: t(`casework.severity.${s}`) }))}
          defaultValue="ANY"
        />
      ) : (
        <Box />
      )}
      <SelectInput source="raisedByRole" label={t('resources.cases.fields.raisedByRole')} choices={roleChoices} validate={validateChosen} />
      <TextInput source="raisedByName" label={t('resources.cases.fields.raisedByName')} validate={validateRaisedByName} />
      <TextInput source="raisedByEmail" label={t('resources.cases.fields.raisedByEmail')} validate={validateRaisedByEmail} type="email" />
      <Box />
      <SelectInput
        source="aboutRole"
        label={t('resources.cases.fields.aboutRole')}
        choices={(kind === 'CONCERN' && vocabulary.aboutFor(concern).length ? vocabulary.aboutFor(concern) : vocabulary.roles.map((r) => r.key)).map((key) => ({ id: key, name: vocabulary.title(key) }))}
        emptyText="—"
      />
      <TextInput source="aboutPerson" label={t('resources.cases.fields.aboutPerson')} validate={validateAboutPerson} />
    </Box>
  );
};

/** The fields a case keeps saying after it is opened: shared by record and edit. */
export const CaseTextInputs = () => {
  const t = useT();
  return (
    <>
      <TextInput source="subject" label={t('resources.cases.fields.subject')} validate={validateSubject} fullWidth />
      <TextInput source="description" label={t('resources.cases.fields.description')} validate={validateDescription} multiline minRows={4} fullWidth />
      <SelectInput
        source="classification"
        label={t('resources.cases.fields.classification')}
        choices={CLASSIFICATIONS.map((c) => ({ id: c, name: t(`casework.classification.${c}`) }))}
        defaultValue="PUBLIC"
      />
    </>
  );
};

/** "Record a case": an enquiry by the protocol's categories or a concern by its concern kinds. */
export const CaseCreateForm = () => {
  const { permissions } = usePermissions<Permissions>();
  if (!permissions) return <LinearProgress sx={{ m: 2 }} />;
  return <CaseCreateInputs permissions={permissions} />;
};

const CaseCreateInputs = ({ permissions }: { permissions: Permissions }) => {
  const t = useT();
  const [defaults] = useState(() => {
    const managed = permissions.memberships.filter((m) => m.role !== 'VIEWER');
    return { kind: 'ENQUIRY', classification: 'PUBLIC', urgent: false, receivedAt: new Date().toISOString(), councilId: managed.length === 1 ? managed[0].councilId : undefined };
  });
  return (
    <SimpleForm defaultValues={defaults} validate={(values) => validateCase(values, 'create')} data-testid="case-form">
      <ReferenceInput source="councilId" reference="councils">
        <AutocompleteInput optionText="name" label={t('casework.form.council')} validate={validateChosen} />
      </ReferenceInput>
      <RadioButtonGroupInput
        source="kind"
        label={t('resources.cases.fields.kind')}
        choices={CASE_KINDS.map((k) => ({ id: k, name: t(`casework.kind.${k}`) }))}
        helperText={t('casework.form.kind_help')}
      />
      <FormDataConsumer<{ councilId?: string; kind?: string; concern?: string }>>
        {({ formData }) => <ProtocolInputs councilId={formData.councilId} kind={formData.kind} concern={formData.concern} />}
      </FormDataConsumer>
      <Divider flexItem sx={{ my: 1 }} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <DateTimeInput source="receivedAt" label={t('resources.cases.fields.receivedAt')} parse={toIso} validate={validateReceivedAt} helperText={t('casework.form.received_help')} />
        <BooleanInput source="urgent" label={t('resources.cases.fields.urgent')} />
      </Box>
      <CaseTextInputs />
    </SimpleForm>
  );
};
