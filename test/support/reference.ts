import * as fs from 'fs';
import * as path from 'path';

/**
 * Where the official EVS model lives: `$EVS_REFERENCE_DIR`, else `../shared/reference/evs` beside
 * the repository. Tests that hold the project against it fail loudly when it is missing.
 */
export function referenceDir(): string {
  const dir = process.env.EVS_REFERENCE_DIR ?? path.resolve(__dirname, '../../../shared/reference/evs');
  if (!fs.existsSync(path.join(dir, 'service-2.json'))) {
    throw new Error(
      `The official EVS model was not found in ${dir}. Set EVS_REFERENCE_DIR to the folder holding service-2.json.`,
    );
  }
  return dir;
}

export function readReference<T = any>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(referenceDir(), file), 'utf8')) as T;
}
