import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Confirm, useCanAccess, useRecordContext } from 'react-admin';
import type { ApiKey } from '../types';
import { useRecordAction } from '../useRecordAction';

/** Revokes an active key, after a confirmation. */
export const RevokeApiKeyButton = () => {
  const record = useRecordContext<ApiKey>();
  const [confirming, setConfirming] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'apiKeys', action: 'delete', record });
  const revoke = useRecordAction((dataProvider, id) => dataProvider.revokeApiKey(id), 'accord.apiKeys.revoked');
  if (!record?.active || !canAccess) return null;

  return (
    <>
      <Button label="accord.apiKeys.revoke" color="error" onClick={() => setConfirming(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={revoke.isPending}
        title="accord.apiKeys.revoke_title"
        titleTranslateOptions={{ name: record.name }}
        content="accord.apiKeys.revoke_content"
        confirm="accord.apiKeys.revoke"
        confirmColor="warning"
        onConfirm={async () => {
          await revoke.execute(record.id);
          setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
