// The desktop host's settings: electron-store (settings.json in the app's data
// folder) as the storage under the services' one settings model and store
// (electron/services/settings.ts), plus the window places that only the shell
// needs, kept in the same file. A damaged file is moved aside and reset with a
// notice, never a crash.
import { join } from 'node:path';
import Store from 'electron-store';
import type { Settings } from '../../shared/host/contract.js';
import { createSettingsStore, readStoredJson, type SettingsStore } from '../services/settings.js';

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

type StoreShape = Settings & { windowPlaces?: Record<string, WindowPlace> };

const STORE_NAME = 'settings';

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

export function createDesktopSettingsStore(folder: string): DesktopSettingsStore {
  const file = join(folder, `${STORE_NAME}.json`);
  let store: Store<StoreShape> | undefined;
  // Opened on first use: by then the settings model has moved a damaged file aside.
  // No defaults, so nothing is written that the user did not set; a file damaged
  // while the app runs is refused (an error), never silently cleared.
  const electronStore = (): Store<StoreShape> =>
    (store ??= new Store<StoreShape>({
      name: STORE_NAME,
      cwd: folder,
      // Display keys contain dots; settings are flat.
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
    }));

  const settings = createSettingsStore({
    file,
    // Read as the JSON it is, so both hosts judge the same file the same way
    // (electron-store would turn `[]` or `42` into an empty object without a word).
    read: () => readStoredJson(file),
    async write(values) {
      electronStore().set(values);
    },
  });

  return {
    notice: settings.notice,
    get: settings.get,
    update: settings.update,
    windowPlace(displayKey) {
      try {
        const place = electronStore().get('windowPlaces')?.[displayKey];
        return isPlace(place) ? place : undefined;
      } catch {
        return undefined; // an unreadable file: the window opens at the default place
      }
    },
    saveWindowPlace(displayKey, place) {
      try {
        const places = electronStore().get('windowPlaces');
        electronStore().set('windowPlaces', { ...(typeof places === 'object' && places ? places : {}), [displayKey]: place });
      } catch {
        // Where a window was is a convenience: failing to remember it must not disturb closing it.
      }
    },
  };
}
