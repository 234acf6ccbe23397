#!/usr/bin/env node
// `npx evs-provider install [--dir DIR]`: the bundled CLI when built, else the TypeScript source.
'use strict';
require('./node-check')('evs-provider');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundled = join(__dirname, '..', 'dist', 'provider', 'evs-provider.js');
if (existsSync(bundled)) {
  require(bundled).installCommand().parseAsync(process.argv).catch(fail);
} else {
  require('tsx/cjs');
  require('../src/provider/install.ts').installCommand().parseAsync(process.argv).catch(fail);
}
function fail(err) {
  process.stderr.write(`evs-provider: ${err && err.message ? err.message : String(err)}\n`);
  process.exit(1);
}
