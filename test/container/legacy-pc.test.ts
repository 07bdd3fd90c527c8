import { legacyPcSuite } from './legacySuite';
import { loadedPackageFiles } from './loadedPackageFiles';

legacyPcSuite(loadedPackageFiles);
