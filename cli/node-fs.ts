// The core's file-system interface over Node's fs, for the command line.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileSystem } from '../core/files';

export const nodeFileSystem: FileSystem = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  absolute: (path) => resolve(path),
  exists(path) {
    try {
      return existsSync(path) && statSync(path).isFile();
    } catch {
      return false;
    }
  },
};
