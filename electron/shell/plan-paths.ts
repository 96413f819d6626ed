// Which plan files a desktop window may read and write. Refs are absolute paths,
// and the renderer is not trusted to name any file it likes: a path becomes usable
// only once the user chose it (a native dialog, the command line, the OS opening a
// file, the recent list). Free of `electron` so tests can exercise it.
import { basename, isAbsolute, resolve } from 'node:path';
import { PLAN_SUFFIX } from '../../shared/model/files.js';
import { HostError } from '../services/host-error.js';

export function isPlanFileName(path: string): boolean {
  return path.toLowerCase().endsWith(PLAN_SUFFIX) && basename(path).length > PLAN_SUFFIX.length;
}

/** The absolute path a desktop ref names; refuses anything but an absolute *.handoff.json path. */
export function planPathOfRef(ref: string): string {
  if (ref.includes('\0') || !isAbsolute(ref)) {
    throw new HostError('bad-request', `"${ref}" is not an absolute path to a plan file.`);
  }
  if (!isPlanFileName(ref)) {
    throw new HostError('bad-request', `"${basename(ref)}" is not a Handoff plan (the file name must end in ${PLAN_SUFFIX}).`);
  }
  return resolve(ref);
}

/** "Report.handoff" / "a/b.json" / "" → a safe file name ending in .handoff.json. */
export function planFileName(suggested: string): string {
  const base = basename(suggested.replace(/\\/g, '/')).replace(/[<>:"|?*\u0000-\u001f]/g, '').trim() || 'Untitled';
  if (isPlanFileName(base)) return base;
  return `${base.replace(/\.handoff$|\.json$/i, '')}${PLAN_SUFFIX}`;
}

/** The plan files given on a command line (ours or a second instance's), as absolute paths. */
export function plansFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isPlanFileName(arg))
    .map((arg) => resolve(workingDirectory, arg));
}

export class PlanGrants {
  private readonly granted = new Set<string>();

  grant(path: string): string {
    const absolute = planPathOfRef(path);
    this.granted.add(absolute);
    return absolute;
  }

  /** Grants refs the app itself listed (recent plans, recovery copies); skips any that are not plan paths. */
  grantListed(refs: Iterable<string | undefined>): void {
    for (const ref of refs) {
      if (!ref) continue;
      try {
        this.grant(ref);
      } catch {
        // a damaged list entry stays unusable
      }
    }
  }

  has(path: string): boolean {
    try {
      return this.granted.has(planPathOfRef(path));
    } catch {
      return false;
    }
  }

  /** The path, when the user has chosen it; a HostError otherwise. */
  require(ref: string): string {
    const absolute = planPathOfRef(ref);
    if (!this.granted.has(absolute)) {
      throw new HostError('forbidden', `"${basename(absolute)}" was not opened or chosen in this app; open it with File ▸ Open… first.`);
    }
    return absolute;
  }
}
