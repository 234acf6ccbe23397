'use strict';
// Refuses an unsupported Node before a command loads anything, with a sentence saying what to do.
// The supported range is package.json's `engines.node` (src/node-version.ts says the same for the
// provider and the construct library; a test holds them together).
module.exports = function checkNode(program) {
  const min = Number(/\d+/.exec(require('../package.json').engines.node)[0]);
  const version = process.versions.node;
  if (Number(version.split('.')[0]) >= min) return;
  process.stderr.write(
    `${program} needs Node.js ${min} or later (the maintained LTS lines are 22 and 24), but runs on Node.js ${version} ` +
      `(${process.execPath}). Install Node.js 22 or 24 and put it first on PATH.\n`,
  );
  process.exit(1);
};
