export { AskProtocol } from './AskProtocol';
