import { pcContainerSuite } from '../../container/pcSuite';

pcContainerSuite();
