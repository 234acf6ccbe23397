/**
 * API reference per language with jsii-docgen, from the compiled cdktf assembly (.jsii), into
 * docs/api/<language>.md. The cdktn variant has the same API under its own package names.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  // jsii-docgen looks for dependency assemblies in every folder below where it runs, build/ (the
  // cdktn variant's constructs 10.7, test projects) included: run it where only the cdktf variant's
  // own assembly and node_modules are, so the docs are the same on every machine.
  const stage = mkdtempSync(join(tmpdir(), 'evs-api-docs-'));
  try {
    for (const f of ['.jsii', 'package.json', 'README.md']) copyFileSync(join(ROOT, f), join(stage, f));
    symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
    for (const language of DOC_LANGUAGES) {
      // jsii-docgen adds the .md extension itself.
      const out = join(API_DOCS_DIR, language);
      const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'jsii-docgen'), ['-l', language, '-o', out], { cwd: stage, stdio: 'inherit' });
      if (r.status !== 0) throw new Error(`jsii-docgen -l ${language} failed`);
      if (language === 'python') writeFileSync(`${out}.md`, pythonNames(readFileSync(`${out}.md`, 'utf8')));
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (require.main === module) generateApiDocs();
