import { Card } from '@mui/material';
import { Edit } from 'react-admin';
import { CouncilForm } from './CouncilForm';
import { CouncilClosures } from './CouncilClosures';
import { CouncilOfficeHolders } from './CouncilOfficeHolders';

/** The council's form, and below it (on its own card, saved on its own) who holds each role. */
export const CouncilEdit = () => (
  <Edit mutationMode="pessimistic" component="div">
    <Card>
      <CouncilForm />
    </Card>
    <CouncilOfficeHolders />
    <CouncilClosures />
  </Edit>
);
