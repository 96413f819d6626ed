// Saving and opening plan files on a real disk: atomic replace with a backup,
// no rewrite of unchanged plans, changes by others noticed, and failures that
// name the file and leave everything as it was.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync, symlinkSync, lstatSync, chmodSync, copyFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlan } from '../../shared/model/parse.js';
import { serializePlan } from '../../shared/model/serialize.js';
import { readPlanFile, revisionOf, savePlanText, writeFileAtomic } from '../../electron/services/documents.js';
import { makeUnwritable } from './support/unwritable.js';

const SAMPLE = path.resolve(__dirname, '../../examples/churn-scoring.handoff.json');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'handoff-docs-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const read = (file: string): string => readFileSync(file, 'utf8');
const listing = (folder: string): string[] => readdirSync(folder).sort();

describe('atomic save', () => {
  it('creates a new plan, leaves no temp file and no backup', async () => {
    const file = path.join(dir, 'new.handoff.json');
    const result = await savePlanText(file, '{"a":1}\n', { expectedRevision: null });
    expect(result).toMatchObject({ status: 'saved', name: 'new.handoff.json' });
    expect(read(file)).toBe('{"a":1}\n');
    expect(result.status === 'saved' && result.revision).toBe(await revisionOf(file));
    expect(listing(dir)).toEqual(['new.handoff.json']);
  });

  it('keeps the previous version as NAME.bak', async () => {
    const file = path.join(dir, 'plan.handoff.json');
    await savePlanText(file, 'first\n');
    await savePlanText(file, 'second\n');
    expect(read(file)).toBe('second\n');
    expect(read(`${file}.bak`)).toBe('first\n');
    await savePlanText(file, 'third\n');
    expect(read(`${file}.bak`)).toBe('second\n');
    expect(listing(dir)).toEqual(['plan.handoff.json', 'plan.handoff.json.bak']);
  });

  it('saving the same text writes nothing: same bytes, same file, backup untouched', async () => {
    const file = path.join(dir, 'plan.handoff.json');
    await savePlanText(file, 'one\n');
    await savePlanText(file, 'two\n');
    const before = statSync(file);
    const again = await savePlanText(file, 'two\n', { expectedRevision: await revisionOf(file) });
    expect(again.status).toBe('saved');
    const after = statSync(file);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(read(`${file}.bak`)).toBe('one\n');
  });

  it('an unchanged sample plan saved again keeps its exact bytes (clean git diff)', async () => {
    const file = path.join(dir, 'churn-scoring.handoff.json');
    copyFileSync(SAMPLE, file);
    const opened = await readPlanFile(file);
    const parsed = parsePlan(opened.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = await savePlanText(file, serializePlan(parsed.plan), { expectedRevision: opened.revision });
    expect(result).toMatchObject({ status: 'saved', revision: opened.revision });
    expect(readFileSync(file)).toEqual(readFileSync(SAMPLE));
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = path.join(dir, 'private.handoff.json');
    writeFileSync(file, 'secret\n');
    chmodSync(file, 0o600);
    await savePlanText(file, 'still secret\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link and keeps the link', async () => {
    mkdirSync(path.join(dir, 'real'));
    const real = path.join(dir, 'real', 'plan.handoff.json');
    writeFileSync(real, 'old\n');
    const link = path.join(dir, 'link.handoff.json');
    symlinkSync(real, link);
    await savePlanText(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(read(real)).toBe('new\n');
    expect(read(`${real}.bak`)).toBe('old\n');
  });

  it('removes temp files that a killed save left long ago, not fresh ones', async () => {
    const file = path.join(dir, 'plan.handoff.json');
    const stale = path.join(dir, '.plan.handoff.json.0123456789ab.tmp');
    const fresh = path.join(dir, '.plan.handoff.json.ba9876543210.tmp');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const anHourAgo = new Date(Date.now() - 3600_000);
    utimesSync(stale, anHourAgo, anHourAgo);
    await savePlanText(file, 'x\n');
    expect(listing(dir)).toEqual(['.plan.handoff.json.ba9876543210.tmp', 'plan.handoff.json']);
  });

  it('writeFileAtomic without backup leaves no .bak', async () => {
    const file = path.join(dir, 'state.json');
    await writeFileAtomic(file, 'a', { backup: false });
    await writeFileAtomic(file, 'b', { backup: false });
    expect(listing(dir)).toEqual(['state.json']);
  });
});

describe('changes made by someone else', () => {
  it('refuses to save over a file that changed since it was opened, and saves with overwrite', async () => {
    const file = path.join(dir, 'plan.handoff.json');
    writeFileSync(file, 'mine at open\n');
    const opened = await readPlanFile(file);
    writeFileSync(file, 'theirs after git pull\n');
    const refused = await savePlanText(file, 'my edit\n', { expectedRevision: opened.revision });
    expect(refused).toEqual({ status: 'changed-on-disk', revision: await revisionOf(file) });
    expect(read(file)).toBe('theirs after git pull\n');
    const forced = await savePlanText(file, 'my edit\n', { expectedRevision: opened.revision, overwrite: true });
    expect(forced.status).toBe('saved');
    expect(read(file)).toBe('my edit\n');
    expect(read(`${file}.bak`)).toBe('theirs after git pull\n');
  });

  it('notices a deleted file and a file that appeared where a new plan was expected', async () => {
    const file = path.join(dir, 'plan.handoff.json');
    writeFileSync(file, 'x\n');
    const opened = await readPlanFile(file);
    rmSync(file);
    expect(await revisionOf(file)).toBeNull();
    expect(await savePlanText(file, 'y\n', { expectedRevision: opened.revision })).toEqual({ status: 'changed-on-disk', revision: null });
    writeFileSync(file, 'someone else\n');
    const refused = await savePlanText(file, 'y\n', { expectedRevision: null });
    expect(refused.status).toBe('changed-on-disk');
    expect(read(file)).toBe('someone else\n');
  });

  it('the revision changes with the content, even at the same size', async () => {
    const file = path.join(dir, 'plan.handoff.json');
    writeFileSync(file, 'abc');
    const first = await revisionOf(file);
    writeFileSync(file, 'abd');
    expect(await revisionOf(file)).not.toBe(first);
    writeFileSync(file, 'abc');
    expect(await revisionOf(file)).toBe(first);
  });
});

describe('saves that cannot be done', () => {
  it('a folder without write permission: failed, the message names the file, nothing changed', async (ctx) => {
    const folder = path.join(dir, 'locked');
    mkdirSync(folder);
    const file = path.join(folder, 'plan.handoff.json');
    writeFileSync(file, 'original\n');
    const lock = makeUnwritable(folder);
    if (!lock) return ctx.skip();
    try {
      expect((await readPlanFile(file)).readOnly).toBe(true);
      const result = await savePlanText(file, 'edited\n');
      expect(result.status).toBe('failed');
      expect(result.status === 'failed' && result.message).toMatch(/plan\.handoff\.json.*permission denied.*Nothing was changed/);
      expect(read(file)).toBe('original\n');
      expect(listing(folder)).toEqual(['plan.handoff.json']);
    } finally {
      lock.restore();
    }
  });

  it('a folder path through a regular file (ENOTDIR)', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'not a folder');
    const result = await savePlanText(path.join(dir, 'notes.txt', 'plan.handoff.json'), 'x', { displayName: 'notes.txt/plan.handoff.json' });
    expect(result).toEqual({
      status: 'failed',
      message: `Could not save "notes.txt/plan.handoff.json": part of the folder path "${path.join(dir, 'notes.txt')}" is a file, not a folder. Nothing was changed on disk.`,
    });
    expect(read(path.join(dir, 'notes.txt'))).toBe('not a folder');
  });

  it('a folder that does not exist', async () => {
    const result = await savePlanText(path.join(dir, 'gone', 'plan.handoff.json'), 'x');
    expect(result.status === 'failed' && result.message).toMatch(/plan\.handoff\.json.*folder .*gone" does not exist/);
    expect(listing(dir)).toEqual([]);
  });

  it('a target that is a folder', async () => {
    mkdirSync(path.join(dir, 'odd.handoff.json'));
    const result = await savePlanText(path.join(dir, 'odd.handoff.json'), 'x');
    expect(result.status === 'failed' && result.message).toMatch(/odd\.handoff\.json.*is a folder, not a file/);
    expect(listing(dir)).toEqual(['odd.handoff.json']);
  });

  it('opening reports whether the plan can be written', async () => {
    const file = path.join(dir, 'plan.handoff.json');
    writeFileSync(file, 'x');
    expect(await readPlanFile(file)).toEqual({ text: 'x', revision: await revisionOf(file), readOnly: false });
  });
});
