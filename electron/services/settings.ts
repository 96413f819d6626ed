// The settings model, once for both hosts: the schema is the contract's
// (shared/host/contract.ts), `settingsFromStored` turns whatever a storage held
// into valid settings (or the defaults, naming what was wrong), and
// `createSettingsStore` is the store both hosts use over their storage — a JSON
// file for `handoff serve` and tests (below), electron-store for the desktop
// (electron/shell/settings-store.ts). A corrupt or invalid settings file never
// stops the app: the bad values are reset to defaults, the old file is kept
// beside it as `.corrupt`, and `notice` says so, once.
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

/** What a storage found where the settings are kept, before any checking. */
export type StoredSettings =
  /** Nothing stored yet: a first start. */
  | { kind: 'none' }
  /** The stored data, parsed but not yet checked. */
  | { kind: 'data'; data: unknown }
  /** Something is stored but it is not JSON. */
  | { kind: 'unparsable' }
  /** The storage could not be read at all (permissions, a folder in the way). */
  | { kind: 'unreadable'; detail: string };

/** Why the settings in use are not (all) the stored ones. */
export type SettingsProblem =
  | { kind: 'unreadable'; detail: string }
  /** Not JSON, or JSON but not an object: nothing in it can be used. */
  | { kind: 'damaged' }
  /** These fields had values of the wrong shape. */
  | { kind: 'invalid'; keys: (keyof Settings)[] };

export interface LoadedSettings {
  settings: Settings;
  problem?: SettingsProblem;
}

const SETTING_KEYS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Valid settings from whatever a storage held: each stored field that fits the
 * schema is used, missing fields take their default, and a field of the wrong
 * shape (a hand edit, another version) takes its default and is named.
 */
export function settingsFromStored(stored: StoredSettings): LoadedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  switch (stored.kind) {
    case 'none':
      return { settings };
    case 'unreadable':
      return { settings, problem: { kind: 'unreadable', detail: stored.detail } };
    case 'unparsable':
      return { settings, problem: { kind: 'damaged' } };
  }
  if (!isPlainObject(stored.data)) return { settings, problem: { kind: 'damaged' } };
  const invalid: (keyof Settings)[] = [];
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(stored.data, key)) continue;
    const field = SettingsSchema.shape[key].safeParse(stored.data[key]);
    if (field.success) Object.assign(settings, { [key]: field.data });
    else invalid.push(key);
  }
  return invalid.length ? { settings, problem: { kind: 'invalid', keys: invalid } } : { settings };
}

/** The notice for the user; `keptAs` names the copy of the damaged file, when one was kept. */
export function settingsNotice(problem: SettingsProblem, fileName: string, keptAs?: string): string {
  const kept = keptAs ? ` The old file was kept as ${keptAs}.` : '';
  switch (problem.kind) {
    case 'unreadable':
      return `Your settings could not be read (${problem.detail}); the defaults are used for now.`;
    case 'damaged':
      return `Your settings file ${fileName} was damaged (not a JSON object) and has been reset to the defaults.${kept}`;
    case 'invalid':
      return `Some settings in ${fileName} were invalid (${problem.keys.join(', ')}) and have been reset to the defaults.${kept}`;
  }
}

/** The fields of an update request that were given, each checked against the schema. */
export function checkSettingsUpdate(partial: unknown): Partial<Settings> {
  const checked = SettingsSchema.partial().safeParse(partial);
  if (!checked.success) {
    throw new HostError('bad-request', `Invalid settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return Object.fromEntries(Object.entries(checked.data).filter(([, v]) => v !== undefined));
}

/** Where settings are kept: one JSON file either way, written by the storage's own means. */
export interface SettingsStorage {
  readonly file: string;
  /** What is stored now; never throws. */
  read(): StoredSettings;
  /** Stores the settings, keeping whatever else the file holds (fields of a newer version, window places). */
  write(settings: Settings): Promise<void>;
}

/**
 * Keeps the damaged file as `NAME.corrupt` so nothing the user wrote is lost:
 * moved when nothing in it was usable, copied when it is about to be repaired in place.
 * Returns the copy's name, or undefined when it could not be kept.
 */
function keepDamaged(file: string, problem: SettingsProblem): string | undefined {
  const corrupt = `${file}.corrupt`;
  try {
    if (problem.kind === 'damaged') renameSync(file, corrupt);
    else copyFileSync(file, corrupt);
    return path.basename(corrupt);
  } catch {
    return undefined;
  }
}

/** The settings store both hosts use, over their storage. */
export function createSettingsStore(storage: SettingsStorage): SettingsStore {
  const { settings, problem } = settingsFromStored(storage.read());
  let current = settings;
  let writes: Promise<unknown> = Promise.resolve();
  const persist = (next: Settings): Promise<void> => {
    const run = writes.then(() => storage.write(next));
    writes = run.catch(() => {});
    return run;
  };

  let notice: string | undefined;
  if (problem) {
    const repairable = problem.kind !== 'unreadable';
    notice = settingsNotice(problem, path.basename(storage.file), repairable ? keepDamaged(storage.file, problem) : undefined);
    // Write the repaired settings now, so the notice is not repeated on the next start.
    if (repairable) persist(current).catch(() => {});
  }

  return {
    notice,
    async get() {
      return { ...current };
    },
    async update(partial) {
      const next: Settings = { ...current, ...checkSettingsUpdate(partial) };
      try {
        await persist(next);
      } catch (err) {
        throw new HostError('unavailable', `Your settings could not be saved to ${storage.file}: ${describeFsError(err, storage.file)}.`);
      }
      current = next;
      return { ...current };
    },
  };
}

/** What a settings file holds, for both storages; never throws. */
export function readStoredJson(file: string): StoredSettings {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable', detail: describeFsError(err, file) };
  }
  try {
    return { kind: 'data', data: JSON.parse(raw) };
  } catch {
    return { kind: 'unparsable' };
  }
}

/** Settings in a JSON file (`handoff serve`: `<data dir>/settings.json`), written atomically. */
export function createJsonSettingsStore(file: string): SettingsStore {
  return createSettingsStore({
    file,
    read: () => readStoredJson(file),
    async write(settings) {
      // Whatever else the file holds stays (written by a newer version); a damaged file has been moved aside.
      const stored = readStoredJson(file);
      const others = stored.kind === 'data' && isPlainObject(stored.data) ? stored.data : {};
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify({ ...others, ...settings }, null, 2)}\n`, { backup: false });
    },
  });
}
