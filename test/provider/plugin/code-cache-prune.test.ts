import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pruneCodeCaches } from '../../../src/provider/plugin/code-cache-prune';

describe('pruneCodeCaches', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evs-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, ageSeconds: number) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, 'x');
    const t = Date.now() / 1000 - ageSeconds;
    fs.utimesSync(p, t, t);
  };

  it('keeps the cache in use and the newest others, up to the limit, and old temporary files go', () => {
    write('in-use.v8', 1000); // oldest, but in use
    for (let i = 1; i <= 6; i++) write(`old-${i}.v8`, i * 10);
    write('crashed.v8.123.tmp', 3600);
    write('writing.v8.456.tmp', 1);
    write('unrelated.txt', 5000);
    const removed = pruneCodeCaches(dir, 'in-use.v8', 4);
    expect(removed.sort()).toEqual(['crashed.v8.123.tmp', 'old-4.v8', 'old-5.v8', 'old-6.v8']);
    expect(fs.readdirSync(dir).sort()).toEqual(['in-use.v8', 'old-1.v8', 'old-2.v8', 'old-3.v8', 'unrelated.txt', 'writing.v8.456.tmp']);
  });

  it('prunes each kind apart: unpacked bundles (.js) by the one in use, code caches untouched', () => {
    write('in-use.js', 1000);
    for (let i = 1; i <= 5; i++) write(`old-${i}.js`, i * 10);
    for (let i = 1; i <= 5; i++) write(`cache-${i}.v8`, i * 10);
    const removed = pruneCodeCaches(dir, 'in-use.js', 4);
    expect(removed.sort()).toEqual(['old-4.js', 'old-5.js']);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.v8'))).toHaveLength(5);
  });

  it('does nothing when the directory does not exist', () => {
    expect(pruneCodeCaches(path.join(dir, 'missing'), 'x.v8')).toEqual([]);
  });
});
