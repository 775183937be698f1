import AssignmentIcon from '@mui/icons-material/Assignment';
import { CaseCreate } from './CaseCreate';
import { CaseEdit } from './CaseEdit';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export default {
  list: CaseList,
  show: CaseShow,
  create: CaseCreate,
  edit: CaseEdit,
  icon: AssignmentIcon,
  recordRepresentation: 'reference',
};
