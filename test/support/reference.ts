import * as fs from 'fs';
import * as path from 'path';
import { referenceModelDir } from '../../scripts/common/reference-model';

/**
 * Where the official EVS model lives: `$EVS_REFERENCE_DIR`, else a reading copy beside the
 * repository (`../shared/reference/evs`), else botocore's copy cached by
 * `scripts/common/reference-model.ts` (`npm test` fetches it first). Tests that hold the project
 * against it fail loudly when it is missing.
 */
export function referenceDir(): string {
  const dir = referenceModelDir();
  if (!fs.existsSync(path.join(dir, 'service-2.json'))) {
    throw new Error(
      `The official EVS model was not found in ${dir}. Run \`node --import tsx scripts/common/reference-model.ts\` (fetches the pinned botocore release from PyPI) or set EVS_REFERENCE_DIR to the folder holding service-2.json.`,
    );
  }
  return dir;
}

export function readReference<T = any>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(referenceDir(), file), 'utf8')) as T;
}
