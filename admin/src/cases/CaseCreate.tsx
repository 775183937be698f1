import { Create } from 'react-admin';
import { CaseCreateForm } from './CaseForm';
import { useT } from './useT';

/** Opens the case; its deadlines and route come from the protocol in force at receipt. Then its page. */
export const CaseCreate = () => {
  const t = useT();
  return (
    <Create redirect="show" title={t('casework.list.record')}>
      <CaseCreateForm />
    </Create>
  );
};
