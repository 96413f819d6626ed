// Reading and saving plan files so that a lead never loses one. A save writes a
// temporary file next to the target, flushes it to disk and renames it over the
// target: a crash at any moment leaves the old file or the new one, whole. The
// previous version is kept as `NAME.bak` so one bad save can be undone.
import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { SaveResult } from '../../shared/host/contract.js';
import { HostError, errnoCode } from './host-error.js';

/** Plans larger than this are refused when opened (the host API's text limit). */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;
/** Leftover temporary files of a killed save older than this are removed on the next save. */
const STALE_TEMP_MS = 10 * 60 * 1000;

export interface PlanFile {
  text: string;
  revision: string;
  /** The file or its folder cannot be written. */
  readOnly: boolean;
}

/** Size and SHA-256 of the bytes: changes whenever the content changes, and only then. */
export function revisionFromBytes(bytes: Uint8Array): string {
  return `${bytes.length}-${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The file's current revision, or null when it does not exist. */
export async function revisionOf(file: string): Promise<string | null> {
  const bytes = await readIfExists(file);
  return bytes ? revisionFromBytes(bytes) : null;
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return null;
    throw err;
  }
}

export async function readPlanFile(file: string): Promise<PlanFile> {
  const handle = await fs.open(file, 'r');
  let bytes: Buffer;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR' });
    if (stat.size > MAX_PLAN_BYTES) {
      throw new HostError('too-large', `"${path.basename(file)}" is ${Math.round(stat.size / 1048576)} MB, more than a plan can be (50 MB).`);
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return { text: bytes.toString('utf8'), revision: revisionFromBytes(bytes), readOnly: !(await isWritable(file)) };
}

/** An atomic save needs to write the file and to create and rename files in its folder. */
async function isWritable(file: string): Promise<boolean> {
  try {
    await fs.access(file, constants.W_OK);
    await fs.access(path.dirname(file), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface WriteOptions {
  /** Keep the file being replaced as `NAME.bak` (default true). */
  backup?: boolean;
}

/**
 * Replaces `file` with `data` atomically: temp file in the same folder, fsync,
 * rename over the target, fsync the folder. A symlinked target is written through
 * (the link stays a link). Throws the fs error; no temp file is left behind.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const target = await followLink(file);
  const existing = await statIfExists(target);
  if (existing?.isDirectory()) throw Object.assign(new Error(`EISDIR: ${target}`), { code: 'EISDIR' });
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = await writeTemp(target, bytes, existing?.mode);
  try {
    if (options.backup !== false && existing) await keepBackup(target);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw err;
  }
  await fsyncFolder(path.dirname(target));
}

async function followLink(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

async function statIfExists(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return undefined;
    throw err;
  }
}

function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes and flushes a new temp file beside `target`; returns its path. */
async function writeTemp(target: string, bytes: Uint8Array, mode: number | undefined): Promise<string> {
  const temp = tempNameFor(target);
  const handle = await fs.open(temp, 'wx', 0o666);
  try {
    await handle.writeFile(bytes);
    // The replacement keeps the permissions of the file it replaces (a 0600 plan stays private).
    if (mode !== undefined) await handle.chmod(mode & 0o7777);
    await handle.sync();
    await handle.close();
  } catch (err) {
    await handle.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw err;
  }
  return temp;
}

/**
 * Copies the current file to `NAME.bak`, itself atomically, so the backup is also
 * always whole. A backup that cannot be written does not stop the save: the user
 * asked for the new version, and the old one stays in place until the rename.
 */
async function keepBackup(target: string): Promise<void> {
  const backup = `${target}.bak`;
  let temp: string | undefined;
  try {
    const old = await fs.readFile(target);
    temp = await writeTemp(backup, old, undefined);
    await fs.rename(temp, backup);
  } catch {
    if (temp) await fs.rm(temp, { force: true }).catch(() => {});
  }
}

/** Makes the rename itself durable. Not possible on every platform (Windows), so best effort. */
async function fsyncFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

/** Removes temp files of this target left by a save that was killed long ago. */
async function removeStaleTemps(target: string): Promise<void> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  try {
    for (const name of await fs.readdir(dir)) {
      if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
      const full = path.join(dir, name);
      const stat = await fs.stat(full);
      if (Date.now() - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(full, { force: true });
    }
  } catch {
    // best effort
  }
}

export interface SaveOptions {
  /** The revision the editor opened; null means "the file should not exist yet". Undefined: no check. */
  expectedRevision?: string | null;
  /** Save even when the file changed on disk. */
  overwrite?: boolean;
  /** How messages name the file (default: the path). */
  displayName?: string;
}

const saving = new Map<string, Promise<unknown>>();

/** Runs saves of one file one after another, so two quick saves cannot interleave. */
async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = saving.get(key) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.catch(() => {});
  saving.set(key, settled);
  try {
    return await run;
  } finally {
    if (saving.get(key) === settled) saving.delete(key);
  }
}

/**
 * Saves a plan's text. Refuses with 'changed-on-disk' when the file is not the
 * revision the editor opened; answers 'failed' with a message naming the file and
 * the problem when it cannot be written (nothing on disk changes then). Saving the
 * bytes already on disk writes nothing, so an unchanged plan keeps its file as is.
 */
export async function savePlanText(file: string, text: string, options: SaveOptions = {}): Promise<SaveResult> {
  const absolute = path.resolve(file);
  const label = options.displayName ?? absolute;
  return oneAtATime(absolute, async (): Promise<SaveResult> => {
    let current: Buffer | null;
    try {
      current = await readIfExists(absolute);
    } catch (err) {
      return { status: 'failed', message: saveFailureMessage(label, absolute, err) };
    }
    const currentRevision = current ? revisionFromBytes(current) : null;
    if (options.expectedRevision !== undefined && !options.overwrite && options.expectedRevision !== currentRevision) {
      return { status: 'changed-on-disk', revision: currentRevision };
    }
    const bytes = Buffer.from(text, 'utf8');
    const saved = (revision: string): SaveResult => ({ status: 'saved', ref: absolute, name: path.basename(absolute), revision });
    if (current?.equals(bytes)) return saved(currentRevision as string);
    try {
      await writeFileAtomic(absolute, bytes);
    } catch (err) {
      return { status: 'failed', message: saveFailureMessage(label, absolute, err) };
    }
    await removeStaleTemps(await followLink(absolute));
    return saved(revisionFromBytes(bytes));
  });
}

/** `Could not save "x.handoff.json": the disk is full. Nothing was changed on disk.` */
export function saveFailureMessage(label: string, file: string, err: unknown): string {
  return `Could not save "${label}": ${describeFsError(err, file)}. Nothing was changed on disk.`;
}

/** A person's words for an fs error about `file`. */
export function describeFsError(err: unknown, file: string): string {
  const folder = path.dirname(file);
  switch (errnoCode(err)) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied (the folder "${folder}" or the file cannot be written)`;
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return `the folder "${folder}" does not exist`;
    case 'ENOTDIR':
      return `part of the folder path "${folder}" is a file, not a folder`;
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EBUSY':
      return 'the file is locked by another program';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
