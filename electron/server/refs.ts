// Plan refs of the browser host: paths relative to the served folder, with `/`
// between folders. The server never reads or writes outside that folder, so a ref
// with `..`, an absolute path, a NUL or a symbolic link that leads out is refused.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PLAN_SUFFIX } from '../../shared/model/files.js';
import { HostError, errnoCode } from '../services/host-error.js';

/** True when `candidate` is `root` or inside it (both real, absolute paths). */
export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path of `file`, or of its nearest existing ancestor joined with the rest. */
async function realpathAllowingMissing(file: string): Promise<string> {
  const missing: string[] = [];
  let current = file;
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...missing.reverse());
    } catch (err) {
      const code = errnoCode(err);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
      const parent = path.dirname(current);
      if (parent === current) throw err;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/**
 * The absolute path of a plan ref inside `root` (a real path). Throws a HostError
 * saying why when the ref is not a `.handoff.json` file inside the folder.
 */
export async function resolveServedRef(root: string, ref: string): Promise<string> {
  if (ref.includes('\0')) throw new HostError('bad-request', 'A plan path must not contain a NUL character.');
  if (ref.includes('\\')) throw new HostError('bad-request', `"${ref}": use "/" between folders in a plan path.`);
  if (path.posix.isAbsolute(ref) || path.win32.isAbsolute(ref) || /^[A-Za-z]:/.test(ref)) {
    throw new HostError('forbidden', `"${ref}" is an absolute path; plan paths are relative to the served folder.`);
  }
  const parts = ref.split('/');
  if (parts.includes('..')) throw new HostError('forbidden', `"${ref}" points outside the served folder.`);
  if (!ref.endsWith(PLAN_SUFFIX) || parts[parts.length - 1] === PLAN_SUFFIX) {
    throw new HostError('bad-request', `"${ref}" is not a plan file: only files named *${PLAN_SUFFIX} can be opened or saved.`);
  }
  const real = await realpathAllowingMissing(path.join(root, ...parts.filter((p) => p !== '' && p !== '.')));
  if (!isInside(root, real)) {
    throw new HostError('forbidden', `"${ref}" leads outside the served folder (through a symbolic link).`);
  }
  return real;
}
