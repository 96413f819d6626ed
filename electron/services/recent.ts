// The recent plans list: the 10 most recently opened or saved plans, most recent
// first, in a small JSON file beside the settings. Plans whose file is gone are
// dropped when the list is read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './documents.js';

export const RECENT_LIMIT = 10;

const RecentEntrySchema = z.object({
  ref: z.string().min(1),
  name: z.string(),
  title: z.string().optional(),
  openedAt: z.string(),
});
export type RecentEntry = z.infer<typeof RecentEntrySchema>;

export interface RecentStore {
  /** The list, most recent first, without the entries `isPresent` rejects (those are also forgotten). */
  list(isPresent: (ref: string) => Promise<boolean>): Promise<RecentEntry[]>;
  add(entry: { ref: string; name: string; title?: string }): Promise<void>;
  remove(ref: string): Promise<void>;
}

export function createRecentStore(file: string, limit = RECENT_LIMIT): RecentStore {
  let queue: Promise<unknown> = Promise.resolve();
  /** One read-modify-write at a time, so two quick opens cannot drop each other. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };

  async function read(): Promise<RecentEntry[]> {
    try {
      const data = JSON.parse(await fs.readFile(file, 'utf8')) as { recent?: unknown };
      const items = Array.isArray(data?.recent) ? data.recent : [];
      // A damaged entry is dropped, not the whole list.
      return items.flatMap((item) => {
        const parsed = RecentEntrySchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
    } catch {
      return [];
    }
  }

  async function write(entries: RecentEntry[]): Promise<void> {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify({ recent: entries }, null, 2)}\n`, { backup: false });
  }

  return {
    list: (isPresent) =>
      serial(async () => {
        const entries = await read();
        const present: RecentEntry[] = [];
        for (const entry of entries) if (await isPresent(entry.ref).catch(() => false)) present.push(entry);
        if (present.length !== entries.length) await write(present).catch(() => {});
        return present.slice(0, limit);
      }),
    add: (entry) =>
      serial(async () => {
        const rest = (await read()).filter((e) => e.ref !== entry.ref);
        const added: RecentEntry = { ref: entry.ref, name: entry.name, openedAt: new Date().toISOString() };
        if (entry.title) added.title = entry.title;
        await write([added, ...rest].slice(0, limit));
      }),
    remove: (ref) =>
      serial(async () => {
        const entries = await read();
        const rest = entries.filter((e) => e.ref !== ref);
        if (rest.length !== entries.length) await write(rest);
      }),
  };
}
