import { halfPresentSuite } from '../../container/halfPresentSuite';

halfPresentSuite('pc');
