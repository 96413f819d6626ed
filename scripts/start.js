#!/usr/bin/env node
// `npm start`: the desktop app where Electron is installed (and, on Linux, a display
// exists); otherwise one line that says why not, and the same editor in the browser host on the sample plans, so the
// README's first command always gives a working editor.
//
//   npm start [-- PLAN.handoff.json…]        desktop: opens the plans
//   npm start [-- --port N --host H]          browser fallback: where to listen
//   npm run web  (node scripts/start.js --browser)   the browser host, whatever is installed
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT, findElectronBinary } from './electron-binary.js';

const ELECTRON_VITE = join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const RENDERER_INDEX = join(PROJECT_ROOT, 'out', 'renderer', 'index.html');
const PLAN_SUFFIX = '.handoff.json';

// npm runs scripts in the package folder; plan paths are meant from where `npm start` was typed.
const invokedFrom = process.env.INIT_CWD || process.cwd();
const browserOnly = process.argv.includes('--browser');
const args = process.argv
  .slice(2)
  .filter((arg) => arg !== '--browser')
  .map((arg) => (isPlanPath(arg) ? resolve(invokedFrom, arg) : arg));
const electron = browserOnly ? null : findElectronBinary();
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (browserOnly) {
  await startBrowserHost(args);
} else if (electron && !headless) {
  startDesktop(electron, args);
} else {
  console.log(
    electron
      ? 'Handoff Studio: the desktop app cannot start here because there is no display; starting the editor in your browser instead.'
      : 'Handoff Studio: the desktop app cannot start here because the Electron binary is missing and cannot be downloaded; starting the editor in your browser instead.',
  );
  await startBrowserHost(args);
}

function isPlanPath(arg) {
  return !arg.startsWith('-') && arg.toLowerCase().endsWith(PLAN_SUFFIX);
}

function startDesktop(executable, argv) {
  build({ quiet: false });
  const child = spawn(executable, [PROJECT_ROOT, ...argv], { stdio: 'inherit' });
  forwardSignals(child);
  child.on('exit', (code, signal) => {
    process.exitCode = signal ? 1 : (code ?? 0);
  });
}

async function startBrowserHost(argv) {
  if (rendererIsStale()) {
    console.log('Building the editor…');
    build({ quiet: true });
  }
  // The TypeScript sources run in-process (as bin/handoff.js runs the CLI), so
  // stopping `npm start` stops the server, with no orphaned child left listening.
  const { register } = await import('tsx/esm/api');
  register();
  // A plan named on the command line: serve its folder instead of the samples.
  const planArgument = argv.find(isPlanPath);
  const folder = planArgument ? dirname(planArgument) : await sampleFolder();
  const serveOptions = argv.filter((arg) => arg !== planArgument);
  const { main } = await import('../electron/cli/main.ts');
  const code = await main(['serve', folder, ...serveOptions]);
  if (code !== 0) process.exitCode = code;
}

/**
 * A folder of sample plans the user may edit: copies of the repository's examples/
 * and plans made from the templates, in the app's data folder.
 * The originals are never served, so an edit in the editor cannot change them.
 */
async function sampleFolder() {
  const { defaultDataDir } = await import('../electron/server/index.ts');
  const folder = join(defaultDataDir(), 'sample-plans');
  mkdirSync(folder, { recursive: true });
  const sources = process.env.HANDOFF_SAMPLES_DIR
    ? [resolve(process.env.HANDOFF_SAMPLES_DIR)]
    : [join(PROJECT_ROOT, 'examples')];
  for (const source of sources) {
    for (const name of planFilesIn(source)) {
      // Never overwrite: the user may have edited the copy last time.
      const copy = join(folder, name);
      if (!existsSync(copy)) writeFileSync(copy, readFileSync(join(source, name)));
    }
  }
  await seedFromTemplates(folder);
  return folder;
}

function planFilesIn(folder) {
  try {
    return readdirSync(folder).filter((name) => name.endsWith(PLAN_SUFFIX));
  } catch {
    return [];
  }
}

async function seedFromTemplates(folder) {
  const { PIPELINE_TEMPLATES } = await import('../shared/templates/index.ts');
  const { serializePlan } = await import('../shared/model/serialize.ts');
  for (const template of PIPELINE_TEMPLATES) {
    const file = join(folder, `${template.id}${PLAN_SUFFIX}`);
    if (!existsSync(file)) writeFileSync(file, serializePlan(template.build()));
  }
}

/** The built renderer is missing or older than its sources. */
function rendererIsStale() {
  if (!existsSync(RENDERER_INDEX)) return true;
  const builtAt = statSync(RENDERER_INDEX).mtimeMs;
  return ['renderer', 'shared'].some((dir) => newestMtime(join(PROJECT_ROOT, dir)) > builtAt);
}

function newestMtime(path) {
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(child));
    else if (entry.isFile()) newest = Math.max(newest, statSync(child).mtimeMs);
  }
  return newest;
}

function build({ quiet }) {
  const result = spawnSync(process.execPath, [ELECTRON_VITE, 'build'], {
    cwd: PROJECT_ROOT,
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error('Handoff Studio: building the app failed (see above).');
    process.exit(1);
  }
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
}
