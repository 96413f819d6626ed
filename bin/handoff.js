#!/usr/bin/env node
// The `handoff` command. Runs the bundle that scripts/build-cli.mjs writes at
// install and build time (out/cli/handoff.mjs: starts in about 0.1 s) while it is
// at least as new as every source it was built from; otherwise (no bundle yet,
// or a source edited since) the TypeScript sources through tsx, so the command
// always does what the sources say.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundle = new URL('out/cli/handoff.mjs', root);

function bundleIsCurrent() {
  try {
    const builtAt = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL('out/cli/inputs.json', root), 'utf8'));
    return inputs.every((input) => statSync(new URL(input, root)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

let main;
if (bundleIsCurrent()) {
  if (process.env.HANDOFF_DEBUG === '1') process.setSourceMapsEnabled(true);
  ({ main } = await import(bundle.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../electron/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
