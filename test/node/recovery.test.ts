// The recovery folder: autosaved copies listed newest first, read back intact,
// discarded on request; damaged copies skipped (and reported), never fatal; keys
// that could name another file refused.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../electron/services/host-error.js';
import { createRecoveryStore } from '../../electron/services/recovery.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'handoff-recovery-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('recovery store', () => {
  it('an empty or missing folder has nothing to offer', async () => {
    expect(await createRecoveryStore(path.join(dir, 'not-yet')).listRecovery()).toEqual({ entries: [], skipped: [] });
  });

  it('writes, lists newest first, reads back and discards', async () => {
    const folder = path.join(dir, 'recovery');
    const store = createRecoveryStore(folder);
    const first = await store.writeRecovery({ key: 'doc-a', ref: 'a.handoff.json', name: 'a.handoff.json', title: 'Plan A', text: 'A1' });
    await pause(5);
    const second = await store.writeRecovery({ key: 'doc-b', name: 'Untitled', title: 'New plan', text: 'B1' });
    expect(Date.parse(second.savedAt)).toBeGreaterThan(Date.parse(first.savedAt));

    // The next start reads the same folder.
    const again = createRecoveryStore(folder);
    const { entries, skipped } = await again.listRecovery();
    expect(skipped).toEqual([]);
    expect(entries).toEqual([
      { key: 'doc-b', name: 'Untitled', title: 'New plan', savedAt: second.savedAt },
      { key: 'doc-a', ref: 'a.handoff.json', name: 'a.handoff.json', title: 'Plan A', savedAt: first.savedAt },
    ]);
    expect(await again.readRecovery('doc-a')).toEqual({ text: 'A1' });

    // A later autosave replaces the copy and moves it to the top.
    await pause(5);
    await again.writeRecovery({ key: 'doc-a', ref: 'a.handoff.json', name: 'a.handoff.json', title: 'Plan A', text: 'A2 🚀 ünïcode' });
    expect((await again.listRecovery()).entries.map((e) => e.key)).toEqual(['doc-a', 'doc-b']);
    expect(await again.readRecovery('doc-a')).toEqual({ text: 'A2 🚀 ünïcode' });

    await again.discardRecovery('doc-a');
    await again.discardRecovery('doc-a'); // twice is fine
    expect((await again.listRecovery()).entries.map((e) => e.key)).toEqual(['doc-b']);
    expect(readdirSync(folder)).toEqual(['doc-b.json']);
  });

  it('skips and reports damaged copies, and still lists the good ones', async () => {
    const folder = path.join(dir, 'recovery');
    const store = createRecoveryStore(folder);
    await store.writeRecovery({ key: 'good', name: 'g.handoff.json', title: 'Good', text: 'G' });
    writeFileSync(path.join(folder, 'half.json'), '{"format":"handoff-recovery","key":"half","na');
    writeFileSync(path.join(folder, 'other.json'), JSON.stringify({ format: 'something-else' }));
    writeFileSync(path.join(folder, 'README.txt'), 'not a recovery copy');
    const { entries, skipped } = await store.listRecovery();
    expect(entries.map((e) => e.key)).toEqual(['good']);
    expect(skipped.map((s) => path.basename(s.file)).sort()).toEqual(['half.json', 'other.json']);
    await expect(store.readRecovery('half')).rejects.toThrow(/recovery copy "half" cannot be read/);
  });

  it('refuses keys that are not plain names', async () => {
    const store = createRecoveryStore(path.join(dir, 'recovery'));
    for (const key of ['../escape', 'a/b', 'a\\b', '.hidden', '', 'x'.repeat(101), 'nul\0']) {
      await expect(store.writeRecovery({ key, name: 'n', title: 't', text: 'x' })).rejects.toBeInstanceOf(HostError);
      await expect(store.readRecovery(key)).rejects.toThrow(/not a valid recovery key/);
      await expect(store.discardRecovery(key)).rejects.toThrow(/not a valid recovery key/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reading a copy that is gone says so', async () => {
    const store = createRecoveryStore(path.join(dir, 'recovery'));
    await expect(store.readRecovery('doc-x')).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/no recovery copy "doc-x"/) });
  });
});
