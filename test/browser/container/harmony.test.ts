import { mobileContainerSuite } from '../../container/mobileSuite';

mobileContainerSuite('harmony');
