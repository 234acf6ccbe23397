/**
 * The README's code, as a user copies it: the fenced blocks of one section, so tests run exactly
 * what the README shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const README = join(__dirname, '..', '..', 'README.md');

/**
 * The fenced blocks with info string `lang` (`sh`, `hcl`, `python`, `go`, `ts`, or `` for none)
 * in the section under the heading `heading` (any level), up to the next heading of the same or a
 * higher level. Throws when the section or the blocks are missing, so a README edit cannot make a
 * test run nothing.
 */
export function readmeBlocks(heading: string, lang: string, text = readFileSync(README, 'utf8')): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.replace(/^#+ /, '') === heading);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const blocks: string[] = [];
  let current: string[] | undefined;
  let currentLang = '';
  for (const line of lines.slice(start + 1)) {
    if (!current && new RegExp(`^#{1,${level}} `).test(line)) break;
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence && !current) {
      current = [];
      currentLang = fence[1]!;
    } else if (fence && current) {
      if (currentLang === lang) blocks.push(current.join('\n') + '\n');
      current = undefined;
    } else if (current) {
      current.push(line);
    }
  }
  if (blocks.length === 0) throw new Error(`README section "${heading}" has no \`\`\`${lang} block`);
  return blocks;
}
