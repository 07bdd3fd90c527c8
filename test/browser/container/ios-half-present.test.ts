import { halfPresentSuite } from '../../container/halfPresentSuite';

halfPresentSuite('ios');
