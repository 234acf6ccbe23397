/**
 * The official EVS model the tests hold the project against: botocore's copy, from a pinned
 * release on PyPI, checked by its published hash and cached by version (like the engines), so a
 * clone with nothing beside it can run the tests. A reading copy beside the checkout
 * (`../shared/reference/evs`; `EVS_SHARED_DIR` moves `../shared`) or `EVS_REFERENCE_DIR` is used
 * instead when present.
 *
 *   node --import tsx scripts/common/reference-model.ts    # fetches it if needed, prints its folder
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { engineCacheRoot } from './engines';

export const BOTOCORE_VERSION = '1.44.8';
/** sha256 of `botocore-1.44.8.tar.gz` as PyPI publishes it. */
const BOTOCORE_SDIST_SHA256 = '945b783c1a1259e2a8b078f3f3dd40fae32ea84ab01d3a9953af6b378da7108a';
const PYPI_SIMPLE = 'https://pypi.org/simple/botocore/';
/** The model's files inside the source distribution (the endpoint tests live beside botocore's own tests). */
const MEMBERS = ['botocore/data/evs/2023-07-27', 'tests/functional/endpoint-rules/evs'];

/** Where a reading copy or the cached model is, in that order of preference (the folder may not exist yet). */
export function referenceModelDir(): string {
  if (process.env.EVS_REFERENCE_DIR) return process.env.EVS_REFERENCE_DIR;
  const shared = resolve(__dirname, '../..', process.env.EVS_SHARED_DIR ?? '../shared');
  const beside = join(shared, 'reference', 'evs');
  if (existsSync(join(beside, 'service-2.json'))) return beside;
  return cachedModelDir();
}

export function cachedModelDir(version = BOTOCORE_VERSION): string {
  return join(dirname(engineCacheRoot()), 'reference', `botocore-${version}`, 'evs');
}

/** The model's folder, fetched from PyPI into the cache first when no copy is available. */
export async function ensureReferenceModel(): Promise<string> {
  const dir = referenceModelDir();
  if (existsSync(join(dir, 'service-2.json'))) return dir;
  const sdist = `botocore-${BOTOCORE_VERSION}.tar.gz`;
  // PEP 691 JSON form of the simple index: the registry's own file URL for the pinned release.
  const index = await fetch(PYPI_SIMPLE, { headers: { accept: 'application/vnd.pypi.simple.v1+json' } });
  if (!index.ok) throw new Error(`PyPI answered ${index.status} for ${PYPI_SIMPLE}`);
  const files = ((await index.json()) as { files: Array<{ filename: string; url: string }> }).files;
  const url = files.find((f) => f.filename === sdist)?.url;
  if (!url) throw new Error(`PyPI lists no ${sdist}`);
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  const sha = createHash('sha256').update(body).digest('hex');
  if (sha !== BOTOCORE_SDIST_SHA256) throw new Error(`${sdist} has sha256 ${sha}, expected ${BOTOCORE_SDIST_SHA256}`);

  mkdirSync(dirname(dir), { recursive: true });
  const work = mkdtempSync(join(dirname(dir), '.fetch-'));
  try {
    writeFileSync(join(work, sdist), body);
    const top = `botocore-${BOTOCORE_VERSION}`;
    execFileSync('tar', ['-xzf', join(work, sdist), '-C', work, ...MEMBERS.map((m) => `${top}/${m}`)]);
    const out = join(work, 'evs');
    mkdirSync(out);
    for (const m of MEMBERS) {
      for (const f of readdirSync(join(work, top, m))) copyFileSync(join(work, top, m, f), join(out, f));
    }
    // Rename: a concurrent run sees the whole folder or none.
    if (!existsSync(dir)) renameSync(out, dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}

if (require.main === module) {
  ensureReferenceModel().then(
    (dir) => console.log(dir),
    (err: Error) => {
      console.error(`reference-model: ${err.message}`);
      process.exit(1);
    },
  );
}
