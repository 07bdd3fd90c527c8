import { mobileContainerSuite } from './mobileSuite';

mobileContainerSuite('android');
