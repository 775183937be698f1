import DoneIcon from '@mui/icons-material/Done';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import type { Notification } from '../types';
import { useRecordAction } from '../useRecordAction';

export const MarkReadButton = () => {
  const record = useRecordContext<Notification>();
  const { canAccess } = useCanAccess({ resource: 'notifications', action: 'edit', record });
  const markRead = useRecordAction(
    (dataProvider, id) => dataProvider.markNotificationRead(id),
    'accord.notifications.marked_read',
  );
  if (!record || record.readAt || !canAccess) return null;
  return (
    <Button
      label="accord.notifications.mark_read"
      disabled={markRead.isPending}
      onClick={(e) => {
        e.stopPropagation(); // the row itself opens the notification's text
        void markRead.execute(record.id);
      }}
    >
      <DoneIcon />
    </Button>
  );
};
