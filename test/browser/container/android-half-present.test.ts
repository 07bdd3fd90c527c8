import { halfPresentSuite } from '../../container/halfPresentSuite';

halfPresentSuite('android');
