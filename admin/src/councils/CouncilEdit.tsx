import { Edit } from 'react-admin';
import { CouncilForm } from './CouncilForm';

export const CouncilEdit = () => (
  <Edit mutationMode="pessimistic">
    <CouncilForm />
  </Edit>
);
