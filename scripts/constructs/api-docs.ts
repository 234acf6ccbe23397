/**
 * API reference per language with jsii-docgen, from the compiled cdktf assembly (.jsii), into
 * docs/api/<language>.md. The cdktn variant has the same API under its own package names.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './variants';

export const API_DOCS_DIR = join(ROOT, 'docs', 'api');
export const DOC_LANGUAGES = ['typescript', 'python', 'go'] as const;

export function generateApiDocs(): void {
  mkdirSync(API_DOCS_DIR, { recursive: true });
  for (const language of DOC_LANGUAGES) {
    // jsii-docgen adds the .md extension itself.
    const out = join(API_DOCS_DIR, language);
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'jsii-docgen'), ['-l', language, '-o', out], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`jsii-docgen -l ${language} failed`);
  }
}

if (require.main === module) generateApiDocs();
