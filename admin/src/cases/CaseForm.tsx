import { useState } from 'react';
import { Alert, Box, Divider, LinearProgress, Typography } from '@mui/material';
import {
  BooleanInput,
  DateTimeInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetOne,
  usePermissions,
} from 'react-admin';
import type { Council, Permissions } from '../types';
import { ProtocolCouncilInput, useProtocolCouncilDefault } from '../common/ProtocolCouncilInput';
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
  // Only a council with an adopted protocol is asked for it (another's would be NOT_FOUND).
  const { data: council, isPending } = useGetOne<Council>('councils', { id: councilId! }, { enabled: !!councilId });
  const vocabulary = useProtocolVocabulary(council?.hasAdoptedProtocol ? councilId : null);
  if (!councilId) return <Typography color="text.secondary">{t('casework.form.pick_council')}</Typography>;
  if (isPending) return <LinearProgress sx={{ my: 2, width: '100%' }} aria-label={t('casework.form.loading_protocol')} />;
  if (!council?.hasAdoptedProtocol) return <Alert severity="warning">{t('casework.form.no_protocol')}</Alert>;
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
  return <CaseCreateDefaults permissions={permissions} />;
};

/** Starts on a council that can take a case: the person's own (where they are not a viewer) if it has an adopted protocol, else the first in scope that has. */
const CaseCreateDefaults = ({ permissions }: { permissions: Permissions }) => {
  const [managed] = useState(() => permissions.memberships.filter((m) => m.role !== 'VIEWER').map((m) => m.councilId));
  const councilId = useProtocolCouncilDefault(managed);
  if (councilId === undefined) return <LinearProgress sx={{ m: 2 }} />;
  return <CaseCreateInputs councilId={councilId ?? undefined} />;
};

const CaseCreateInputs = ({ councilId }: { councilId: string | undefined }) => {
  const t = useT();
  const [defaults] = useState(() => ({ kind: 'ENQUIRY', classification: 'PUBLIC', urgent: false, receivedAt: new Date().toISOString(), councilId }));
  return (
    <SimpleForm defaultValues={defaults} validate={(values) => validateCase(values, 'create')} data-testid="case-form">
      <ProtocolCouncilInput label={t('casework.form.council')} validate={validateChosen} disableWithout />
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
