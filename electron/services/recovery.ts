// The recovery folder: autosaved copies of unsaved plans, one JSON file per open
// document, written atomically and never over the user's own file. After a crash
// the next start lists them (newest first) and offers to restore each one.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecoveryEntry } from '../../shared/host/contract.js';
import { writeFileAtomic } from './documents.js';
import { HostError, errnoCode } from './host-error.js';

const RECOVERY_FORMAT = 'handoff-recovery';
const STALE_TEMP_MS = 60 * 60 * 1000;

/** A key is a file name in the recovery folder: letters, digits, `-`, `_`, `.`; no separators, no leading dot. */
const KEY_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

const RecoveryFileSchema = z.object({
  format: z.literal(RECOVERY_FORMAT),
  key: z.string(),
  ref: z.string().optional(),
  name: z.string(),
  title: z.string(),
  savedAt: z.string(),
  text: z.string(),
});
type RecoveryFile = z.infer<typeof RecoveryFileSchema>;

export interface RecoveryCopy {
  key: string;
  ref?: string;
  name: string;
  title: string;
  text: string;
}

export interface SkippedRecoveryFile {
  file: string;
  problem: string;
}

export interface RecoveryStore {
  readonly folder: string;
  writeRecovery(copy: RecoveryCopy): Promise<{ savedAt: string }>;
  /** Entries newest first; unreadable files are skipped and reported in `skipped`. */
  listRecovery(): Promise<{ entries: RecoveryEntry[]; skipped: SkippedRecoveryFile[] }>;
  readRecovery(key: string): Promise<{ text: string }>;
  discardRecovery(key: string): Promise<void>;
}

export function assertRecoveryKey(key: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw new HostError('bad-request', `"${key}" is not a valid recovery key (use letters, digits, "-", "_" and ".", at most 100).`);
  }
}

export function createRecoveryStore(folder: string): RecoveryStore {
  const fileOf = (key: string): string => {
    assertRecoveryKey(key);
    return path.join(folder, `${key}.json`);
  };

  async function readEntryFile(file: string): Promise<RecoveryFile> {
    const parsed = RecoveryFileSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; '));
    return parsed.data;
  }

  return {
    folder,

    async writeRecovery(copy) {
      const file = fileOf(copy.key);
      const savedAt = new Date().toISOString();
      const content: RecoveryFile = { format: RECOVERY_FORMAT, ...copy, savedAt };
      await fs.mkdir(folder, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(content), { backup: false });
      return { savedAt };
    },

    async listRecovery() {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') return { entries: [], skipped: [] };
        throw err;
      }
      const entries: RecoveryEntry[] = [];
      const skipped: SkippedRecoveryFile[] = [];
      for (const name of names) {
        const file = path.join(folder, name);
        if (name.endsWith('.tmp')) {
          await removeIfStale(file);
          continue;
        }
        if (!name.endsWith('.json') || !KEY_PATTERN.test(name.slice(0, -'.json'.length))) continue;
        try {
          const { key, ref, name: planName, title, savedAt } = await readEntryFile(file);
          if (`${key}.json` !== name) throw new Error(`its key "${key}" does not match its file name`);
          entries.push({ key, ...(ref !== undefined ? { ref } : {}), name: planName, title, savedAt });
        } catch (err) {
          skipped.push({ file, problem: err instanceof Error ? err.message : String(err) });
        }
      }
      entries.sort((a, b) => (a.savedAt === b.savedAt ? a.key.localeCompare(b.key) : a.savedAt < b.savedAt ? 1 : -1));
      return { entries, skipped };
    },

    async readRecovery(key) {
      const file = fileOf(key);
      try {
        return { text: (await readEntryFile(file)).text };
      } catch (err) {
        if (errnoCode(err) === 'ENOENT') throw new HostError('not-found', `There is no recovery copy "${key}" (it may have been discarded).`);
        throw new HostError('unavailable', `The recovery copy "${key}" cannot be read: ${err instanceof Error ? err.message : String(err)}`);
      }
    },

    async discardRecovery(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}

/** Temp files of a write that was killed; old ones are garbage. */
async function removeIfStale(file: string): Promise<void> {
  try {
    const stat = await fs.stat(file);
    if (Date.now() - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(file, { force: true });
  } catch {
    // best effort
  }
}
