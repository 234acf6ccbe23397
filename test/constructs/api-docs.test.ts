/**
 * The committed Python API reference shows the names Python programs call: jsii-pacmak renames
 * Python keywords (`with` → `with_`), jsii-docgen does not (scripts/constructs/api-docs.ts fixes it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pythonNames } from '../../scripts/constructs/api-docs';

const PYTHON_DOC = join(__dirname, '..', '..', 'docs', 'api', 'python.md');

test('every method in docs/api/python.md has its Python name (regenerate with npm run docs:api)', () => {
  const doc = readFileSync(PYTHON_DOC, 'utf8');
  expect(doc).not.toMatch(/^def (with|from|is|lambda|import)\(/m);
  expect(pythonNames(doc)).toBe(doc);
});
