// Child process of the crash-safety test: saves a growing plan again and again
// (or autosaves it into the recovery folder) until it is killed. After each
// completed save it prints `saved N`, synchronously (stdout is a pipe).
//   node bin/run-ts.js test/node/support/save-loop.ts plan <file>
//   node bin/run-ts.js test/node/support/save-loop.ts recovery <folder>
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../../electron/services/documents.js';
import { growingPlanText, versionOfGrowingPlan } from './growing-plan.js';

const [mode, target] = process.argv.slice(2);

function startVersion(): number {
  try {
    const text = mode === 'plan' ? readFileSync(target, 'utf8') : (JSON.parse(readFileSync(`${target}/doc-1.json`, 'utf8')) as { text: string }).text;
    return versionOfGrowingPlan(text) ?? 0;
  } catch {
    return 0;
  }
}

// Loaded only when needed: the plan loop stays small and starts fast.
const store = mode === 'recovery' ? (await import('../../../electron/services/recovery.js')).createRecoveryStore(target) : null;
for (let version = startVersion() + 1; ; version++) {
  const text = growingPlanText(version);
  if (mode === 'plan') await writeFileAtomic(target, text);
  else await store!.writeRecovery({ key: 'doc-1', ref: 'growing.handoff.json', name: 'growing.handoff.json', title: `Growing plan v${version}`, text });
  process.stdout.write(`saved ${version}\n`);
}
