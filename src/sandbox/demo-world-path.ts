import { join } from 'node:path';
import { projectRoot } from '../project-root';

/** Absolute path of the project's demo world, `<project>/worlds/demo.json`. */
export const DEMO_WORLD_PATH: string = join(projectRoot(__dirname), 'worlds', 'demo.json');
