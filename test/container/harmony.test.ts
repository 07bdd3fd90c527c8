import { mobileContainerSuite } from './mobileSuite';

mobileContainerSuite('harmony');
