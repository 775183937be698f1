import { useDelete, useNotify, useRefresh, type RaRecord } from 'react-admin';
import { errorMessage } from './conflict';

/**
 * Deletes a record once the API confirms (pessimistic, with the record read so its version goes
 * along), refreshes what is on screen and says so; an error is shown, never thrown. `done` runs
 * either way (to close a confirmation). Returned as react-admin's own hooks are: [remove, { isPending }].
 */
export function usePessimisticDelete(resource: string, successMessage?: string) {
  const [deleteOne, { isPending }] = useDelete();
  const notify = useNotify();
  const refresh = useRefresh();
  const remove = async (record: RaRecord, done?: () => void) => {
    try {
      await deleteOne(resource, { id: record.id, previousData: record }, { mutationMode: 'pessimistic', returnPromise: true });
      if (successMessage) notify(successMessage, { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      done?.();
    }
  };
  return [remove, { isPending }] as const;
}
