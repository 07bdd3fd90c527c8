import { mobileContainerSuite } from '../../container/mobileSuite';

mobileContainerSuite('ios');
