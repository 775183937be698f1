import { Create } from 'react-admin';
import { CouncilForm } from './CouncilForm';

export const CouncilCreate = () => (
  <Create redirect="list">
    <CouncilForm />
  </Create>
);
