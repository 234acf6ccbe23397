#!/usr/bin/env node
'use strict';
// The `evs-emulator` command: runs the bundled CLI (dist/emulator) when it has been built,
// else the TypeScript source through tsx.
const path = require('path');
const fs = require('fs');

const bundle = path.join(__dirname, '..', 'dist', 'emulator', 'evs-emulator.js');
let cli;
if (fs.existsSync(bundle)) {
  cli = require(bundle);
} else {
  require('tsx/cjs');
  cli = require(path.join(__dirname, '..', 'src', 'emulator', 'cli.ts'));
}
cli.main(process.argv);
