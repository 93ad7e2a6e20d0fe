import raw from '../../../public/data/releases/index.json';
import { releaseIndexSchema, type Release } from './manifest';

/** Every published data release, newest first, as `npm run release-data` recorded them. */
export const RELEASES: readonly Release[] = releaseIndexSchema.parse(raw).releases;
