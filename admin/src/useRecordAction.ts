import { useState } from 'react';
import { type Identifier, useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { AccordDataProvider } from './dataProvider';

/**
 * Runs one of the data provider's own methods (revoke a key, mark a notification read),
 * then says it is done and refreshes the page's data; failures are shown as notifications.
 */
export function useRecordAction(
  run: (dataProvider: AccordDataProvider, id: Identifier) => Promise<unknown>,
  doneMessage: string,
) {
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [isPending, setPending] = useState(false);

  const execute = async (id: Identifier) => {
    setPending(true);
    try {
      await run(dataProvider, id);
      notify(doneMessage, { type: 'success' });
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return { execute, isPending };
}
