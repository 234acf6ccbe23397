/**
 * `npm run release`: everything a release uploads, into dist/.
 *   dist/release/          provider: executable, registry zip, manifest, SHA256SUMS (delivery build)
 *   dist/cdktf/js/         npm tarball @evslabs/cdktf-evs        dist/cdktn/js/     @evslabs/cdktn-evs
 *   dist/cdktf/python/     wheel + sdist evslabs-cdktf-evs       dist/cdktn/python/ evslabs-cdktn-evs
 *   dist/cdktf/go/evs/     Go module github.com/evslabs/cdktf-evs-go/evs (cdktn: …/cdktn-evs-go/evs)
 *   docs/api/              API reference per language (jsii-docgen)
 * Usage: node --import tsx scripts/release.ts [--skip-provider-release] [--skip-docs]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildArtifacts } from './constructs/artifacts';
import { generateApiDocs } from './constructs/api-docs';
import { VARIANTS, ROOT } from './constructs/variants';

const argv = process.argv.slice(2);

function step(name: string, cmd: string, args: string[]): void {
  console.error(`release: ${name}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`release: ${name} failed`);
}

step('provider executable', process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build-provider.ts')]);
if (!argv.includes('--skip-provider-release')) {
  step('provider release (zip, manifest, SHA256SUMS)', process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build-release.ts')]);
}
for (const v of VARIANTS) {
  console.error(`release: construct library for ${v.runtime}`);
  const a = buildArtifacts(v, argv.includes('--force'));
  console.error(`release:   ${a.npmTarball}\nrelease:   ${a.wheel}\nrelease:   ${a.sdist}\nrelease:   ${a.goModule}`);
}
if (!argv.includes('--skip-docs')) generateApiDocs();
