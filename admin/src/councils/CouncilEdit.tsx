import { Card } from '@mui/material';
import { Edit } from 'react-admin';
import { CouncilForm } from './CouncilForm';
import { CouncilClosures } from './CouncilClosures';
import { CouncilOfficeHolders } from './CouncilOfficeHolders';

/**
 * The council's form, and below it (on its own card, saved on its own) who holds each role. The
 * cards may be narrower than the office holders table (`minWidth: 0`), which then scrolls inside
 * its card at 390 px instead of making the whole page 730 px wide.
 */
export const CouncilEdit = () => (
  <Edit mutationMode="pessimistic" component="div" sx={{ '& .RaEdit-card': { minWidth: 0 } }}>
    <Card>
      <CouncilForm />
    </Card>
    <CouncilOfficeHolders />
    <CouncilClosures />
  </Edit>
);
