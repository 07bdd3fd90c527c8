export { type NodeHandlerOptions, toNodeHandler } from './toNodeHandler';
