import type { ReactElement } from 'react';
import { useMediaQuery, type Breakpoint, type Theme } from '@mui/material';

/**
 * A list's layout by screen width: below `below` (a phone at 390 px is below `sm`), `phone` (a
 * react-admin SimpleList: a few lines per record, no sideways scrolling); from there up, `children`
 * (the Datagrid table).
 */
export const ResponsiveList = ({ phone, below = 'sm', children }: { phone: ReactElement; below?: Breakpoint; children: ReactElement }) => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down(below));
  return small ? phone : children;
};
