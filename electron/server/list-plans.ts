// The plans of the served folder for the start screen: every *.handoff.json down
// to a few levels, with its title. A broken or unreadable file is still listed
// (opening it shows what is wrong) or skipped, never an error for the whole list.
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import type { PlanEntry } from '../../shared/host/contract.js';
import { planTitle } from '../services/host-backend.js';
import { PLAN_SUFFIX } from '../../shared/model/files.js';
import { isInside } from './refs.js';

const MAX_DEPTH = 6;
const MAX_PLANS = 2000;
/** Serving a huge tree (a home folder) must not stall the start screen. */
const MAX_FOLDERS = 5000;
/** Titles are read from files up to this size; bigger plans are listed by name. */
const MAX_TITLE_READ = 5 * 1024 * 1024;
const SKIPPED_FOLDERS = new Set(['node_modules']);

export async function listServedPlans(root: string): Promise<PlanEntry[]> {
  const plans: PlanEntry[] = [];
  let folders = 0;

  async function visit(dir: string, depth: number): Promise<void> {
    if (++folders > MAX_FOLDERS) return;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (plans.length >= MAX_PLANS) return;
      if (entry.name.startsWith('.')) continue; // .git, editors' temp and recovery folders
      const full = path.join(dir, entry.name);
      // Folders are followed only when real (not links): no loops, no leaving the folder.
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIPPED_FOLDERS.has(entry.name)) await visit(full, depth + 1);
        continue;
      }
      if (!entry.name.endsWith(PLAN_SUFFIX) || !(entry.isFile() || entry.isSymbolicLink())) continue;
      const plan = await describePlan(root, full);
      if (plan) plans.push(plan);
    }
  }

  await visit(root, 0);
  return plans.sort((a, b) => a.ref.localeCompare(b.ref));
}

async function describePlan(root: string, file: string): Promise<PlanEntry | null> {
  try {
    const real = await fs.realpath(file);
    if (!isInside(root, real)) return null;
    const stat = await fs.stat(real);
    if (!stat.isFile()) return null;
    const ref = path.relative(root, file).split(path.sep).join('/');
    const entry: PlanEntry = { ref, name: path.basename(file), modifiedAt: stat.mtime.toISOString() };
    if (stat.size <= MAX_TITLE_READ) {
      const title = planTitle(await fs.readFile(real, 'utf8'));
      if (title) entry.title = title;
    }
    return entry;
  } catch {
    return null;
  }
}
