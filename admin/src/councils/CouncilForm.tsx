import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link, Typography } from '@mui/material';
import { kindChoices, nationChoices } from '../choices';
import type { Council } from '../types';
import { validateCutOff, validateKind, validateName, validateNation, validateSlug } from './validation';

/** Where the council's published protocol is: its public page, in both languages in Wales. */
const PublicLink = ({ slug, wales }: { slug: string; wales: boolean }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ mb: 2 }} data-testid="public-link">
      {translate('councils.settings.public_page')}: <Link href={`/public/${slug}`}>/public/{slug}</Link>
      {wales && (
        <>
          {' · '}
          <Link href={`/public/${slug}/cy`} lang="cy">
            Cymraeg
          </Link>
        </>
      )}
    </Typography>
  );
};

/** The inputs of a council, for both create and edit. */
export const CouncilForm = () => {
  const record = useRecordContext<Council>();
  // Editing: only a monitoring officer above the council (or a platform admin) may move it.
  const { canAccess: canMove = false } = useCanAccess({ resource: 'councils', action: 'move', record, enabled: !!record });
  const parentFixed = !!record && !canMove;
  return (
    <SimpleForm>
      <TextInput source="name" validate={validateName} />
      <TextInput source="slug" validate={validateSlug} />
      <SelectInput source="kind" choices={kindChoices} validate={validateKind} />
      <SelectInput source="nation" choices={nationChoices} validate={validateNation} />
      <ReferenceInput source="parentId" reference="councils">
        <AutocompleteInput
          optionText="name"
          readOnly={parentFixed}
          helperText={parentFixed ? 'accord.councils.parent_fixed' : undefined}
        />
      </ReferenceInput>
      <DateInput source="nextReviewDue" />
      {record && (
        <TextInput
          source="responseCutOff"
          type="time"
          validate={validateCutOff}
          parse={(v: string) => (v ? v.slice(0, 5) : null)}
          helperText="councils.settings.cut_off_help"
          // A time field always shows "--:--": its label sits above it, as a date's does, not over it.
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ maxWidth: 260 }}
        />
      )}
      {record && <BooleanInput source="publishProtocol" helperText="councils.settings.publish_help" />}
      {record?.publishProtocol && <PublicLink slug={record.slug} wales={record.nation === 'WALES'} />}
    </SimpleForm>
  );
};
