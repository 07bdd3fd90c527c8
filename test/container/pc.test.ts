import { pcContainerSuite } from './pcSuite';

pcContainerSuite();
