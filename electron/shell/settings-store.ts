// The desktop host's settings: electron-store (a JSON file in the app's data
// folder) behind the services' SettingsStore interface, plus the window places
// that only the shell needs. A damaged store is moved aside and reset with a
// notice, never a crash.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/host/contract.js';
import { HostError } from '../services/host-error.js';
import type { SettingsStore } from '../services/settings.js';

export interface WindowPlace {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface DesktopSettingsStore extends SettingsStore {
  /** Where the last window on this display was (keyed by the display's geometry). */
  windowPlace(displayKey: string): WindowPlace | undefined;
  saveWindowPlace(displayKey: string, place: WindowPlace): void;
}

type StoreShape = Settings & { windowPlaces: Record<string, WindowPlace> };

const STORE_NAME = 'settings';
const SETTING_KEYS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];

function isPlace(value: unknown): value is WindowPlace {
  const p = value as WindowPlace | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    [p.x, p.y, p.width, p.height].every((n) => Number.isFinite(n)) &&
    p.width >= 200 &&
    p.height >= 150
  );
}

function openStore(folder: string): { store: Store<StoreShape>; notice?: string } {
  const options = {
    name: STORE_NAME,
    cwd: folder,
    defaults: { ...DEFAULT_SETTINGS, windowPlaces: {} },
    // Display keys contain dots; settings are flat.
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
  };
  try {
    return { store: new Store<StoreShape>(options) };
  } catch (err) {
    // Not JSON (a crash of another program, a bad hand edit): keep the old file, start afresh.
    const file = join(folder, `${STORE_NAME}.json`);
    const kept = `${file}.corrupt`;
    let keptNote = '';
    try {
      if (existsSync(file)) {
        renameSync(file, kept);
        keptNote = ` The old file was kept as ${kept}.`;
      }
    } catch {
      // the reset below still works on an unreadable file being replaced
    }
    const store = new Store<StoreShape>({ ...options, clearInvalidConfig: true });
    return {
      store,
      notice: `Your settings file was damaged (${(err as Error).message}) and has been reset to the defaults.${keptNote}`,
    };
  }
}

export function createDesktopSettingsStore(folder: string): DesktopSettingsStore {
  const opened = openStore(folder);
  const { store } = opened;
  let notice = opened.notice;

  // Values of the wrong shape (a hand edit, an older version) fall back to defaults one by one.
  const invalid = SETTING_KEYS.filter((key) => !SettingsSchema.shape[key].safeParse(store.get(key)).success);
  for (const key of invalid) store.set(key, DEFAULT_SETTINGS[key]);
  if (invalid.length && !notice) notice = `Some settings were invalid (${invalid.join(', ')}) and have been reset to the defaults.`;

  const current = (): Settings => SettingsSchema.parse(Object.fromEntries(SETTING_KEYS.map((key) => [key, store.get(key)])));

  return {
    notice,
    async get() {
      return current();
    },
    async update(partial) {
      const checked = SettingsSchema.partial().safeParse(partial);
      if (!checked.success) {
        throw new HostError('bad-request', `Invalid settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      for (const [key, value] of Object.entries(checked.data)) {
        if (value !== undefined) store.set(key as keyof Settings, value);
      }
      return current();
    },
    windowPlace(displayKey) {
      const place = store.get('windowPlaces')?.[displayKey];
      return isPlace(place) ? place : undefined;
    },
    saveWindowPlace(displayKey, place) {
      const places = store.get('windowPlaces');
      store.set('windowPlaces', { ...(typeof places === 'object' && places ? places : {}), [displayKey]: place });
    },
  };
}
