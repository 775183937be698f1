import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { ReviewTaskList } from './ReviewTaskList';

export default {
  list: ReviewTaskList,
  icon: EventRepeatIcon,
};
