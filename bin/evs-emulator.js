#!/usr/bin/env node
// `evs-emulator`: the local EVS service. Runs the bundle when built, else the TypeScript source.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundled = join(__dirname, '..', 'dist', 'emulator', 'evs-emulator.js');
if (existsSync(bundled)) {
  require(bundled);
} else {
  require('tsx/cjs');
  require('../src/emulator/cli.ts');
}
