import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useRefresh, useUnselectAll } from 'react-admin';
import type { AccordDataProvider } from '../dataProvider';

/** Marks every selected notification read (one markNotificationRead each; the unread ones only). */
export const BulkMarkReadButton = () => {
  const { selectedIds, data = [] } = useListContext<{ id: string; readAt: string | null }>();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('notifications');
  const [busy, setBusy] = useState(false);
  const unread = selectedIds.filter((id) => !data.find((n) => n.id === id)?.readAt);
  return (
    <Button
      label="accord.notifications.mark_selected_read"
      disabled={busy || unread.length === 0}
      onClick={async () => {
        setBusy(true);
        try {
          for (const id of unread) await dataProvider.markNotificationRead(id);
          notify('accord.notifications.marked_selected_read', { type: 'success', messageArgs: { smart_count: unread.length } });
          unselectAll();
          refresh();
        } catch (e) {
          notify(e instanceof Error ? e.message : String(e), { type: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      <DoneAllIcon />
    </Button>
  );
};
