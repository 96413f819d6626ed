// The layering of docs/architecture.md is enforced by `npm run lint` (eslint.config.js).
// Each case lints a one-import file as if it lived in a given layer, through the
// repository's real configuration, and checks that the import is refused or allowed.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

/** The rule ids of the problems ESLint reports for `code` placed at `filePath`. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const importing = (source: string) => `import * as imported from '${source}';\nexport const used = imported;\n`;

describe('layering', () => {
  it.each([
    ['shared/model/__fixture__.ts', 'node:fs'],
    ['shared/model/__fixture__.ts', 'fs'],
    ['shared/model/__fixture__.ts', '../../electron/services/documents.js'],
    ['shared/rules/checks/__fixture__.ts', '../../../renderer/src/host/index.js'],
    ['shared/model/__fixture__.ts', 'react'],
    ['shared/model/__fixture__.ts', 'electron'],
    ['electron/services/__fixture__.ts', 'electron'],
    ['electron/cli/__fixture__.ts', 'electron-store'],
    ['electron/server/__fixture__.ts', '../../renderer/src/host/index.js'],
    ['electron/shell/__fixture__.ts', '../../renderer/src/host/index.js'],
    ['renderer/src/canvas/__fixture__.tsx', 'node:path'],
    ['renderer/src/canvas/__fixture__.tsx', 'path'],
    ['renderer/src/canvas/__fixture__.tsx', '../../../electron/services/documents.js'],
    ['renderer/src/__fixture__.tsx', '../../electron/shell/plan-paths.js'],
    ['renderer/src/canvas/__fixture__.tsx', 'electron'],
    ['renderer/src/canvas/__fixture__.tsx', 'electron-store'],
  ])('%s may not import %s', async (filePath, source) => {
    expect(await problems(filePath, importing(source))).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['shared/model/__fixture__.ts', 'zod'],
    ['shared/model/__fixture__.ts', '../ops/index.js'],
    ['shared/rules/checks/__fixture__.ts', '../../model/types.js'],
    ['electron/shell/__fixture__.ts', 'electron'],
    ['electron/shell/__fixture__.ts', 'electron-store'],
    ['electron/services/__fixture__.ts', 'node:fs'],
    ['electron/services/__fixture__.ts', '../../shared/model/parse.js'],
    ['renderer/src/canvas/__fixture__.tsx', '../../../shared/model/types.js'],
    ['renderer/src/canvas/__fixture__.tsx', '../store/documentStore.js'],
    ['renderer/src/canvas/__fixture__.tsx', '@xyflow/react'],
  ])('%s may import %s', async (filePath, source) => {
    expect(await problems(filePath, importing(source))).toEqual([]);
  });
});
