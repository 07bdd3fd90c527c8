import { halfPresentSuite } from './halfPresentSuite';

halfPresentSuite('ios');
