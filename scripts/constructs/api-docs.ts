/**
 * API reference per language with jsii-docgen, from the compiled cdktf assembly (.jsii), into
 * docs/api/<language>.md. The cdktn variant has the same API under its own package names.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './variants';

/**
 * jsii-docgen writes Python method names as TypeScript has them, but jsii-pacmak renames those that
 * are Python keywords (`with` → `with_`): the docs must show what Python users call. The renaming
 * is pacmak's own function.
 */
export function pythonNames(markdown: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { toPythonIdentifier } = require('jsii-pacmak/lib/targets/python/util') as { toPythonIdentifier(name: string): string };
  const rename = (name: string): string => toPythonIdentifier(name);
  return markdown
    .replace(/^def (\w+)\(/gm, (_m, n: string) => `def ${rename(n)}(`)
    .replace(/^(#{4,6} )`(\w+)`( <a name=")(\w+)(")/gm, (_m, h: string, n: string, a: string, n2: string, q: string) => `${h}\`${rename(n)}\`${a}${rename(n2)}${q}`)
    .replace(/(<code><a href="#[^"]+">)(\w+)(<\/a><\/code> \| )/g, (_m, pre: string, n: string, post: string) => `${pre}${rename(n)}${post}`);
}

export const API_DOCS_DIR = join(ROOT, 'docs', 'api');
export const DOC_LANGUAGES = ['typescript', 'python', 'go'] as const;

export function generateApiDocs(): void {
  mkdirSync(API_DOCS_DIR, { recursive: true });
  for (const language of DOC_LANGUAGES) {
    // jsii-docgen adds the .md extension itself.
    const out = join(API_DOCS_DIR, language);
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'jsii-docgen'), ['-l', language, '-o', out], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`jsii-docgen -l ${language} failed`);
    if (language === 'python') writeFileSync(`${out}.md`, pythonNames(readFileSync(`${out}.md`, 'utf8')));
  }
}

if (require.main === module) generateApiDocs();
