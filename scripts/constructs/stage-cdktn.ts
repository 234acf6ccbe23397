/**
 * Stages the cdktn variant under build/cdktn: the jsii-visible sources with `cdktf` imports
 * swapped for `cdktn`, the provider executable, and a package.json with the cdktn names.
 */
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import * as ts from 'typescript';
import { spawnSync } from 'node:child_process';
import { CDKTF, CDKTN, ROOT } from './variants';

/**
 * The sources the jsii assembly is made of: src/index.ts and every file it imports, directly or
 * not (the provider and the local service, which it does not import, stay out). Paths relative to
 * src/, sorted.
 */
export function jsiiSources(): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) continue;
      const spec = statement.moduleSpecifier;
      if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
      const base = resolvePath(dirname(file), spec.text);
      const hit = [`${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f));
      if (!hit) throw new Error(`${file} imports ${spec.text}, which was not found`);
      visit(hit);
    }
  };
  visit(join(ROOT, 'src', 'index.ts'));
  return [...seen].map((f) => relative(join(ROOT, 'src'), f).split(sep).join('/')).sort();
}
/**
 * What the cdktn variant compiles against. Its own node_modules (installed here, not at the top
 * level) because cdktn's constructs range (>=10.6 <10.8) excludes the 10.4.2 the cdktf variant
 * uses — the version the cdktf Go module pins.
 */
export const CDKTN_DEV_DEPENDENCIES = { cdktn: '0.24.0', constructs: '10.7.2' };
const IMPORT = /(from\s+|require\()(['"])cdktf(\/[^'"]*)?\2/g;

export function swapRuntime(text: string): string {
  return text.replace(IMPORT, (_m, lead: string, q: string, sub: string | undefined) => `${lead}${q}cdktn${sub ?? ''}${q}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export function stageCdktn(providerExecutable: string | undefined): string {
  const out = CDKTN.packageDir;
  rmSync(join(out, 'src'), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const rel of jsiiSources()) {
    mkdirSync(dirname(join(out, 'src', rel)), { recursive: true });
    copyFileSync(join(ROOT, 'src', rel), join(out, 'src', rel));
  }
  for (const file of walk(join(out, 'src'))) {
    if (file.endsWith('.ts')) writeFileSync(file, swapRuntime(readFileSync(file, 'utf8')));
  }
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const jsii = root.jsii as { tsc: unknown; excludeTypescript: string[] };
  const pkg = {
    name: CDKTN.npmName,
    version: root.version,
    description: `${root.description as string} (CDK Terrain / cdktn variant)`,
    license: root.license,
    author: root.author,
    repository: root.repository,
    keywords: [...((root.keywords as string[]) ?? []).filter((k) => k !== 'cdktf'), 'cdktn'],
    engines: root.engines,
    bin: root.bin,
    main: root.main,
    types: root.types,
    exports: root.exports,
    typesVersions: root.typesVersions,
    files: root.files,
    peerDependencies: CDKTN.peerDependencies,
    devDependencies: CDKTN_DEV_DEPENDENCIES,
    jsii: {
      outdir: 'dist',
      versionFormat: 'full',
      targets: {
        python: { distName: CDKTN.pythonDist, module: CDKTN.pythonModule },
        go: { moduleName: CDKTN.goModule, packageName: CDKTN.goPackage },
      },
      tsc: jsii.tsc,
      excludeTypescript: ['dist/**'],
    },
  };
  writeFileSync(join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  writeFileSync(join(out, 'README.md'), readme.replaceAll(CDKTF.npmName, CDKTN.npmName));
  if (existsSync(join(ROOT, 'LICENSE'))) copyFileSync(join(ROOT, 'LICENSE'), join(out, 'LICENSE'));
  const exe = join(out, 'dist', 'provider', 'terraform-provider-evs');
  rmSync(exe, { force: true });
  if (providerExecutable) {
    mkdirSync(dirname(exe), { recursive: true });
    copyFileSync(providerExecutable, exe);
    chmodSync(exe, 0o755);
  }
  // The package's commands (`evs-provider install`, `evs-emulator`), their bundles and the
  // emulator library (`./emulator` export).
  const installer = join('dist', 'provider', 'evs-provider.js');
  if (existsSync(join(ROOT, installer))) {
    mkdirSync(dirname(join(out, installer)), { recursive: true });
    copyFileSync(join(ROOT, installer), join(out, installer));
  }
  rmSync(join(out, 'dist', 'emulator'), { recursive: true, force: true });
  if (existsSync(join(ROOT, 'dist', 'emulator'))) cpSync(join(ROOT, 'dist', 'emulator'), join(out, 'dist', 'emulator'), { recursive: true });
  cpSync(join(ROOT, 'bin'), join(out, 'bin'), { recursive: true });
  installRuntime(out);
  return out;
}

/** npm install of the runtime, skipped when the installed versions already match. */
function installRuntime(dir: string): void {
  const current = Object.entries(CDKTN_DEV_DEPENDENCIES).every(([name, version]) => {
    const file = join(dir, 'node_modules', name, 'package.json');
    return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version === version;
  });
  if (current) return;
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: dir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm install in ${dir} failed`);
}
