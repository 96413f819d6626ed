// Makes a folder refuse new files, for "save into a folder without write
// permission". As a normal user chmod 555 does it. Tests here run as root, which
// ignores permission bits, so as root the folder gets the immutable attribute
// (`chattr +i`, needs CAP_LINUX_IMMUTABLE), which stops root too.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Unwritable {
  how: string;
  restore(): void;
}

function refusesNewFiles(dir: string): boolean {
  const probe = path.join(dir, '.probe');
  try {
    writeFileSync(probe, 'x');
    rmSync(probe, { force: true });
    return false;
  } catch {
    return true;
  }
}

/** Null when this machine offers no way to make the folder unwritable for this user. */
export function makeUnwritable(dir: string): Unwritable | null {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    if (refusesNewFiles(dir)) return { how: 'chmod 555', restore: () => chmodSync(dir, 0o755) };
    chmodSync(dir, 0o755);
    return null;
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const restore = (): void => void execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
  if (refusesNewFiles(dir)) return { how: 'chattr +i (running as root)', restore };
  restore();
  return null;
}
