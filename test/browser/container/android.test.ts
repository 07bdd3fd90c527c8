import { mobileContainerSuite } from '../../container/mobileSuite';

mobileContainerSuite('android');
