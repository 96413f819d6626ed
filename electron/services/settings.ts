// Settings behind a small interface: the desktop host wraps electron-store in it
// (electron/shell), `handoff serve` and tests use the JSON file store below. A
// corrupt or invalid settings file never stops the app: the bad values are reset
// to defaults, the old file is kept beside it as `.corrupt`, and `notice` says so.
import { copyFileSync, readFileSync, renameSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/host/contract.js';
import { describeFsError, writeFileAtomic } from './documents.js';
import { HostError, errnoCode } from './host-error.js';

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Validates and applies the given fields; returns the full settings. */
  update(partial: Partial<Settings>): Promise<Settings>;
  /** A message for the user when loading had to reset something; undefined otherwise. */
  readonly notice?: string;
}

type Loaded = { settings: Settings; extra: Record<string, unknown>; notice?: string; rewrite: boolean };

const SETTING_KEYS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the settings file; never throws. */
function loadSettings(file: string): Loaded {
  const name = path.basename(file);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { settings: { ...DEFAULT_SETTINGS }, extra: {}, rewrite: false };
    return {
      settings: { ...DEFAULT_SETTINGS },
      extra: {},
      rewrite: false,
      notice: `Your settings could not be read (${describeFsError(err, file)}); the defaults are used for now.`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!isPlainObject(data)) {
    const kept = keepCorrupt(file, 'move');
    return {
      settings: { ...DEFAULT_SETTINGS },
      extra: {},
      rewrite: true,
      notice: `Your settings file ${name} was damaged (not a JSON object) and has been reset to the defaults.${kept}`,
    };
  }
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const extra: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      extra[key] = value; // written by a newer version: keep it
      continue;
    }
    const field = SettingsSchema.shape[key as keyof Settings].safeParse(value);
    if (field.success) Object.assign(settings, { [key]: field.data });
    else invalid.push(key);
  }
  if (invalid.length === 0) return { settings, extra, rewrite: false };
  const kept = keepCorrupt(file, 'copy');
  return {
    settings,
    extra,
    rewrite: true,
    notice: `Some settings in ${name} were invalid (${invalid.join(', ')}) and have been reset to the defaults.${kept}`,
  };
}

/** Keeps the damaged file as `NAME.corrupt` so nothing the user wrote is lost. */
function keepCorrupt(file: string, how: 'move' | 'copy'): string {
  const corrupt = `${file}.corrupt`;
  try {
    if (how === 'move') renameSync(file, corrupt);
    else copyFileSync(file, corrupt);
    return ` The old file was kept as ${path.basename(corrupt)}.`;
  } catch {
    return '';
  }
}

/** Settings in a JSON file (`handoff serve`: `<data dir>/settings.json`). */
export function createJsonSettingsStore(file: string): SettingsStore {
  const loaded = loadSettings(file);
  let current = loaded.settings;
  let writes: Promise<unknown> = Promise.resolve();

  const persist = (next: Settings): Promise<void> => {
    const run = writes.then(async () => {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify({ ...loaded.extra, ...next }, null, 2)}\n`, { backup: false });
    });
    writes = run.catch(() => {});
    return run;
  };
  // Write the repaired file now, so the notice is not repeated on the next start.
  if (loaded.rewrite) persist(current).catch(() => {});

  return {
    notice: loaded.notice,
    async get() {
      return { ...current };
    },
    async update(partial) {
      const checked = SettingsSchema.partial().safeParse(partial);
      if (!checked.success) {
        throw new HostError('bad-request', `Invalid settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      const defined = Object.fromEntries(Object.entries(checked.data).filter(([, v]) => v !== undefined));
      const next: Settings = { ...current, ...defined };
      try {
        await persist(next);
      } catch (err) {
        throw new HostError('unavailable', `Your settings could not be saved to ${file}: ${describeFsError(err, file)}.`);
      }
      current = next;
      return { ...current };
    },
  };
}
