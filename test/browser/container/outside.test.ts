import { outsideSuite } from '../../container/outsideSuite';
import { loadedPackageFiles } from './loadedPackageFiles';

outsideSuite(loadedPackageFiles);
