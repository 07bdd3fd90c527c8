import { legacyPcSuite } from '../../container/legacySuite';
import { loadedPackageFiles } from './loadedPackageFiles';

legacyPcSuite(loadedPackageFiles);
