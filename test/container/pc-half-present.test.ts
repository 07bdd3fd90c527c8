import { halfPresentSuite } from './halfPresentSuite';

halfPresentSuite('pc');
