// Settings and recent plans persisted as JSON: defaults on a first start, updates
// that survive a restart, and a damaged file reset with a notice instead of a crash.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/host/contract.js';
import { createHostBackend } from '../../electron/services/host-backend.js';
import { createRecentStore } from '../../electron/services/recent.js';
import { createRecoveryStore } from '../../electron/services/recovery.js';
import { createJsonSettingsStore } from '../../electron/services/settings.js';

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

describe('settings', () => {
  it('starts with the defaults and keeps updates across restarts', async () => {
    const file = path.join(dir, 'data', 'settings.json');
    const store = createJsonSettingsStore(file);
    expect(store.notice).toBeUndefined();
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await store.update({ authorName: 'Ada Lovelace', theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, authorName: 'Ada Lovelace', theme: 'dark' });
    const restarted = createJsonSettingsStore(file);
    expect(await restarted.get()).toEqual({ authorName: 'Ada Lovelace', theme: 'dark', defaultExportFormat: 'pdf' });
    expect(restarted.notice).toBeUndefined();
  });

  it('refuses invalid values and keeps the old ones', async () => {
    const store = createJsonSettingsStore(path.join(dir, 'settings.json'));
    await expect(store.update({ theme: 'purple' } as never)).rejects.toThrow(/Invalid settings: theme/);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('a file that is not JSON is reset to the defaults with a notice, the damaged one kept as .corrupt', async () => {
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, '{"authorName": "Ada", "theme": "da');
    const store = createJsonSettingsStore(file);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toMatch(/settings\.json was damaged .* reset to the defaults\. The old file was kept as settings\.json\.corrupt/);
    expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe('{"authorName": "Ada", "theme": "da');
    await settled(file, (t) => t.includes('"theme": "system"'));
    // Repaired: the next start has nothing to say.
    expect(createJsonSettingsStore(file).notice).toBeUndefined();
  });

  it('invalid fields are reset, valid ones and unknown ones kept', async () => {
    const file = path.join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify({ authorName: 'Grace', theme: 'purple', defaultExportFormat: 42, windowZoom: 1.25 }));
    const store = createJsonSettingsStore(file);
    expect(await store.get()).toEqual({ authorName: 'Grace', theme: 'system', defaultExportFormat: 'pdf' });
    expect(store.notice).toMatch(/invalid \(theme, defaultExportFormat\)/);
    const repaired = JSON.parse(await settled(file, (t) => t.includes('"system"')));
    expect(repaired).toEqual({ windowZoom: 1.25, authorName: 'Grace', theme: 'system', defaultExportFormat: 'pdf' });
    expect(existsSync(`${file}.corrupt`)).toBe(true);
  });

  it('an unreadable settings path (a folder) gives defaults and a notice', async () => {
    const file = path.join(dir, 'settings.json');
    mkdirSync(file);
    const store = createJsonSettingsStore(file);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toMatch(/could not be read/);
  });

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
