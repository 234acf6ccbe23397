#!/usr/bin/env node
'use strict';
require('./node-check')('evs-emulator');
// The `evs-emulator` command. In a source checkout (src/ and tsx present) it runs the TypeScript
// through tsx, so it is never behind the code; an installed package runs the esbuild bundle.
const path = require('path');
const fs = require('fs');

const root = path.join(__dirname, '..');
const source = path.join(root, 'src', 'emulator', 'cli.ts');
const bundle = path.join(root, 'dist', 'emulator', 'evs-emulator.js');

function hasTsx() {
  try {
    require.resolve('tsx/cjs', { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

let cli;
if (fs.existsSync(source) && hasTsx()) {
  require(require.resolve('tsx/cjs', { paths: [root] }));
  cli = require(source);
} else if (fs.existsSync(bundle)) {
  cli = require(bundle);
} else {
  process.stderr.write('evs-emulator: neither the source (with tsx) nor dist/emulator/evs-emulator.js was found.\n');
  process.exit(1);
}
cli.main(process.argv);
