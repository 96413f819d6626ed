// File names that differ only in case (comments.ts beside Comments.tsx) work on
// Linux and break a checkout, an import or a build on macOS and Windows, whose
// file systems do not tell them apart. It happened twice; this keeps it out.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

it('no two files or folders differ only in case, nor in extension alone among modules', () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const file of files) {
    // A module is imported without its extension: Foo.tsx and foo.ts are one import on a case-blind disk.
    const key = file.toLowerCase().replace(/\.(tsx?|jsx?|mjs|cjs)$/, '');
    const other = seen.get(key);
    if (other !== undefined && other !== file) clashes.push(`${other} ~ ${file}`);
    else seen.set(key, file);
  }
  expect(clashes).toEqual([]);
});
