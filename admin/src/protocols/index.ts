import { createElement, lazy, Suspense } from 'react';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import { Loading } from 'react-admin';
import { ProtocolList } from './ProtocolList';

export { withProtocolData, type ProtocolMethods } from './dataProvider';

/** The editor is its own chunk: the first page loads without it (vite splits at this import()). */
const ProtocolEditor = lazy(() => import('./editor/ProtocolEditor'));

const ProtocolShow = () => createElement(Suspense, { fallback: createElement(Loading) }, createElement(ProtocolEditor));

/** Resource "protocols": id is the council's id (one protocol per council). */
export default {
  list: ProtocolList,
  show: ProtocolShow,
  icon: MenuBookIcon,
  options: { label: 'protocols.menu' },
};
