import { mobileContainerSuite } from './mobileSuite';

mobileContainerSuite('ios');
