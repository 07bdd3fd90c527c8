import { loadedPackageFiles } from './loadedPackageFiles';
import { outsideSuite } from './outsideSuite';

outsideSuite(loadedPackageFiles);
