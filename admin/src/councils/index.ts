import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { CouncilCreate } from './CouncilCreate';
import { CouncilEdit } from './CouncilEdit';
import { CouncilList } from './CouncilList';

export { CouncilTree } from './CouncilTree';

export default {
  list: CouncilList,
  create: CouncilCreate,
  edit: CouncilEdit,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
