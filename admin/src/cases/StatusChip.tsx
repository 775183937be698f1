import type { ChipProps } from '@mui/material';
import { Chip } from '@mui/material';
import type { CaseStatus } from './types';
import { useT } from './useT';

const colour: Record<CaseStatus, ChipProps['color']> = {
  OPEN: 'primary',
  ACKNOWLEDGED: 'secondary',
  RESPONDED: 'success',
  RESOLVED: 'success',
  CLOSED: 'default',
};

export const StatusChip = ({ status, size = 'small' }: { status: CaseStatus; size?: ChipProps['size'] }) => {
  const t = useT();
  return <Chip size={size} color={colour[status]} variant={status === 'CLOSED' ? 'outlined' : 'filled'} label={t(`casework.status.${status}`)} data-status={status} />;
};
