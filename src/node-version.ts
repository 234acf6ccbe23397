/**
 * The Node.js versions the shipped artifacts run on: the maintained LTS lines. package.json's
 * `engines.node` says the same (a test holds them together; the `bin/` scripts read it from there).
 * Older versions are refused up front with a sentence saying what to do, rather than failing
 * somewhere later with an obscure error.
 */
export const MIN_NODE_MAJOR = 22;
export const SUPPORTED_NODE_LINES = '22 and 24';

/**
 * Why `program` cannot run on this Node (undefined when it can); `alternative` ends the sentence
 * with another way out.
 */
export function unsupportedNode(program: string, alternative = '', version: string = process.versions.node): string | undefined {
  const major = Number(version.split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return (
    `${program} needs Node.js ${MIN_NODE_MAJOR} or later (the maintained LTS lines are ${SUPPORTED_NODE_LINES}), ` +
    `but runs on Node.js ${version} (${process.execPath}). Install Node.js 22 or 24 and put it first on PATH${alternative}.`
  );
}
