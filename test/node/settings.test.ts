// Settings and recent plans persisted as JSON: defaults on a first start, updates
// that survive a restart, and a damaged file reset with a notice instead of a crash.
// One settings model serves both hosts: the JSON file store (`handoff serve`) and
// electron-store (desktop, run here against test/support/electron-fake.ts) give
// the same settings and the same notices for the same file.
import { app } from 'electron';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/host/contract.js';
import { createHostBackend } from '../../electron/services/host-backend.js';
import { createRecentStore } from '../../electron/services/recent.js';
import { createRecoveryStore } from '../../electron/services/recovery.js';
import {
  checkSettingsUpdate,
  createJsonSettingsStore,
  settingsFromStored,
  settingsNotice,
  type SettingsStore,
} from '../../electron/services/settings.js';
import { createDesktopSettingsStore } from '../../electron/shell/settings-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'handoff-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Waits for the store's background repair write. */
async function settled(file: string, test: (text: string) => boolean): Promise<string> {
  for (let i = 0; i < 100; i++) {
    if (existsSync(file) && test(readFileSync(file, 'utf8'))) return readFileSync(file, 'utf8');
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${file} was not rewritten`);
}

describe('settings through the host', () => {
  it('the host shows the notice once, in getHostInfo', async () => {
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, 'garbage');
    const backend = createHostBackend({
      kind: 'browser',
      appVersion: '1.2.3',
      workspace: 'plans',
      resolveRef: (ref) => path.join(dir, ref),
      settings: createJsonSettingsStore(file),
      recent: createRecentStore(path.join(dir, 'recent.json')),
      recovery: createRecoveryStore(path.join(dir, 'recovery')),
    });
    const info = await backend.getHostInfo({});
    expect(info).toMatchObject({ kind: 'browser', appVersion: '1.2.3', workspace: 'plans', nativeDialogs: false });
    expect(info.notice).toMatch(/reset to the defaults/);
    expect((await backend.getHostInfo({})).notice).toBeUndefined();
  });
});

describe('the settings model', () => {
  it('nothing stored: the defaults, with nothing to say', () => {
    expect(settingsFromStored({ kind: 'none' })).toEqual({ settings: DEFAULT_SETTINGS });
    expect(settingsFromStored({ kind: 'data', data: {} })).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('takes each valid field, fills in missing ones and names the invalid ones', () => {
    expect(settingsFromStored({ kind: 'data', data: { authorName: 'Ada', windowPlaces: {} } })).toEqual({ settings: { ...DEFAULT_SETTINGS, authorName: 'Ada' } });
    expect(settingsFromStored({ kind: 'data', data: { authorName: 'Ada', theme: 'purple', defaultExportFormat: 42 } })).toEqual({
      settings: { ...DEFAULT_SETTINGS, authorName: 'Ada' },
      problem: { kind: 'invalid', keys: ['theme', 'defaultExportFormat'] },
    });
  });

  it('not JSON, or JSON that is not an object: the defaults, the file named as damaged', () => {
    for (const data of [null, [], ['theme'], 42, 'dark']) {
      expect(settingsFromStored({ kind: 'data', data }), JSON.stringify(data)).toEqual({ settings: DEFAULT_SETTINGS, problem: { kind: 'damaged' } });
    }
    expect(settingsFromStored({ kind: 'unparsable' })).toEqual({ settings: DEFAULT_SETTINGS, problem: { kind: 'damaged' } });
  });

  it('says in one wording what was reset and where the old file is', () => {
    expect(settingsNotice({ kind: 'damaged' }, 'settings.json', 'settings.json.corrupt')).toBe(
      'Your settings file settings.json was damaged (not a JSON object) and has been reset to the defaults. The old file was kept as settings.json.corrupt.',
    );
    expect(settingsNotice({ kind: 'invalid', keys: ['theme'] }, 'settings.json')).toBe('Some settings in settings.json were invalid (theme) and have been reset to the defaults.');
    expect(settingsNotice({ kind: 'unreadable', detail: 'it is a folder, not a file' }, 'settings.json')).toBe(
      'Your settings could not be read (it is a folder, not a file); the defaults are used for now.',
    );
  });

  it('checks an update field by field and drops fields not given', () => {
    expect(checkSettingsUpdate({ theme: 'dark', authorName: undefined })).toEqual({ theme: 'dark' });
    expect(() => checkSettingsUpdate({ theme: 'purple' })).toThrow(/^Invalid settings: theme: /);
    expect(() => checkSettingsUpdate({ authorName: 'x'.repeat(201) })).toThrow(/Invalid settings: authorName/);
  });
});

/** The two hosts' stores over the same folder: `<dir>/settings.json` either way. */
const STORES: [string, (folder: string) => SettingsStore][] = [
  ['JSON file (handoff serve)', (folder) => createJsonSettingsStore(path.join(folder, 'settings.json'))],
  ['electron-store (desktop)', (folder) => createDesktopSettingsStore(folder)],
];

describe.each(STORES)('settings in %s', (_, open) => {
  beforeEach(() => app.setPath('userData', dir));
  const file = () => path.join(dir, 'settings.json');

  it('starts with the defaults and keeps updates across restarts, with the fields of other versions', async () => {
    writeFileSync(file(), JSON.stringify({ windowZoom: 1.25 }));
    const store = open(dir);
    expect(store.notice).toBeUndefined();
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await store.update({ authorName: 'Ada Lovelace', theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, authorName: 'Ada Lovelace', theme: 'dark' });
    expect(await open(dir).get()).toEqual({ authorName: 'Ada Lovelace', theme: 'dark', defaultExportFormat: 'pdf', language: 'system' });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual({ windowZoom: 1.25, authorName: 'Ada Lovelace', theme: 'dark', defaultExportFormat: 'pdf', language: 'system' });
  });

  it('refuses an invalid update with the same message and keeps the old values', async () => {
    const store = open(dir);
    await expect(store.update({ theme: 'purple' } as never)).rejects.toThrow(/^Invalid settings: theme: /);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('resets a file that is not JSON, keeps it as .corrupt and says so once', async () => {
    writeFileSync(file(), '{"authorName": "Ada", "theme": "da');
    const store = open(dir);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toBe(settingsNotice({ kind: 'damaged' }, 'settings.json', 'settings.json.corrupt'));
    expect(readFileSync(`${file()}.corrupt`, 'utf8')).toBe('{"authorName": "Ada", "theme": "da');
    await settled(file(), (t) => /"theme":\s*"system"/.test(t));
    expect(open(dir).notice).toBeUndefined();
  });

  it('resets JSON that is not an object the same way', async () => {
    writeFileSync(file(), '["dark"]');
    const store = open(dir);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toBe(settingsNotice({ kind: 'damaged' }, 'settings.json', 'settings.json.corrupt'));
    await settled(file(), (t) => /"theme":\s*"system"/.test(t));
    expect(readFileSync(`${file()}.corrupt`, 'utf8')).toBe('["dark"]');
  });

  it('resets invalid fields, keeps valid and unknown ones, and keeps a copy of the file', async () => {
    writeFileSync(file(), JSON.stringify({ authorName: 'Grace', theme: 'purple', defaultExportFormat: 42, windowZoom: 1.25 }));
    const store = open(dir);
    expect(await store.get()).toEqual({ authorName: 'Grace', theme: 'system', defaultExportFormat: 'pdf', language: 'system' });
    expect(store.notice).toBe(settingsNotice({ kind: 'invalid', keys: ['theme', 'defaultExportFormat'] }, 'settings.json', 'settings.json.corrupt'));
    const repaired = JSON.parse(await settled(file(), (t) => t.includes('"system"')));
    expect(repaired).toEqual({ windowZoom: 1.25, authorName: 'Grace', theme: 'system', defaultExportFormat: 'pdf', language: 'system' });
    expect(JSON.parse(readFileSync(`${file()}.corrupt`, 'utf8')).theme).toBe('purple');
    expect(open(dir).notice).toBeUndefined();
  });

  it('an unreadable settings path (a folder) gives defaults and a notice, and an update says it could not be saved', async () => {
    mkdirSync(file());
    const store = open(dir);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toBe(settingsNotice({ kind: 'unreadable', detail: 'it is a folder, not a file' }, 'settings.json'));
    await expect(store.update({ theme: 'dark' })).rejects.toThrow(`Your settings could not be saved to ${file()}`);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('desktop window places', () => {
  beforeEach(() => app.setPath('userData', dir));

  it('live beside the settings without either overwriting the other', async () => {
    const store = createDesktopSettingsStore(dir);
    const place = { x: 10, y: 20, width: 1200, height: 800, maximized: false };
    store.saveWindowPlace('0,0,1920x1080', place);
    await store.update({ theme: 'dark' });
    store.saveWindowPlace('1920,0,2560x1440', { ...place, x: 1930 });
    const restarted = createDesktopSettingsStore(dir);
    expect(restarted.windowPlace('0,0,1920x1080')).toEqual(place);
    expect(restarted.windowPlace('1920,0,2560x1440')).toEqual({ ...place, x: 1930 });
    expect(await restarted.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(restarted.notice).toBeUndefined();
  });

  it('ignores a place too small or not numbers', () => {
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ windowPlaces: { a: { x: 0, y: 0, width: 50, height: 50 }, b: { x: 'left' } } }));
    const store = createDesktopSettingsStore(dir);
    expect(store.windowPlace('a')).toBeUndefined();
    expect(store.windowPlace('b')).toBeUndefined();
    expect(store.notice).toBeUndefined();
  });
});

describe('recent plans', () => {
  it('keeps the 10 most recent, most recent first, without duplicates', async () => {
    const recent = createRecentStore(path.join(dir, 'recent.json'));
    for (let i = 1; i <= 12; i++) await recent.add({ ref: `/plans/p${i}.handoff.json`, name: `p${i}.handoff.json`, title: `Plan ${i}` });
    await recent.add({ ref: '/plans/p5.handoff.json', name: 'p5.handoff.json', title: 'Plan 5 renamed' });
    const list = await createRecentStore(path.join(dir, 'recent.json')).list(async () => true);
    expect(list.map((e) => e.ref)).toEqual([5, 12, 11, 10, 9, 8, 7, 6, 4, 3].map((i) => `/plans/p${i}.handoff.json`));
    expect(list[0].title).toBe('Plan 5 renamed');
  });

  it('drops plans whose file is gone, through the host backend', async () => {
    const plans = path.join(dir, 'plans');
    mkdirSync(plans);
    for (const name of ['a', 'b', 'c']) writeFileSync(path.join(plans, `${name}.handoff.json`), JSON.stringify({ title: `Plan ${name}` }));
    const backend = createHostBackend({
      kind: 'desktop',
      appVersion: 'test',
      resolveRef: (ref) => ref,
      settings: createJsonSettingsStore(path.join(dir, 'settings.json')),
      recent: createRecentStore(path.join(dir, 'recent.json')),
      recovery: createRecoveryStore(path.join(dir, 'recovery')),
    });
    for (const name of ['a', 'b', 'c']) await backend.openPlan({ ref: path.join(plans, `${name}.handoff.json`) });
    rmSync(path.join(plans, 'b.handoff.json'));
    const list = await backend.listRecent({});
    expect(list.map((e) => [e.name, e.title])).toEqual([
      ['c.handoff.json', 'Plan c'],
      ['a.handoff.json', 'Plan a'],
    ]);
    expect(list[0].modifiedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Forgotten for good, not only hidden.
    expect(JSON.parse(readFileSync(path.join(dir, 'recent.json'), 'utf8')).recent).toHaveLength(2);
  });

  it('a damaged recent file is an empty list, not an error', async () => {
    writeFileSync(path.join(dir, 'recent.json'), '[[[');
    expect(await createRecentStore(path.join(dir, 'recent.json')).list(async () => true)).toEqual([]);
  });
});
