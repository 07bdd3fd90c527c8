import { halfPresentSuite } from './halfPresentSuite';

halfPresentSuite('android');
