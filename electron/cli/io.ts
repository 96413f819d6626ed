// Files in and out for the command line. Every failure becomes a CliError whose
// message names the file and the problem and whose exit code follows the spec
// (2: a file could not be read or is not a valid plan); nothing is written unless
// the whole output is ready.
import { promises as fs } from 'node:fs';
import { formatPlanErrors, parsePlan } from '../../shared/model/parse.js';
import type { Plan } from '../../shared/model/types.js';
import { describeFsError, writeFileAtomic } from '../services/documents.js';
import { EXIT } from './exit.js';

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badFile,
  ) {
    super(message);
  }
}

/** No plan is this large; refusing early keeps a stray multi-gigabyte file from exhausting memory. */
export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;

export interface LoadedPlan {
  plan: Plan;
  /** The exact bytes on disk, to compare with the canonical form. */
  bytes: Buffer;
}

function readFailure(file: string, err: unknown): CliError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new CliError(`${file}: no such file`);
  if (code === 'EISDIR') return new CliError(`${file}: is a folder, not a plan file`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`${file}: cannot be read (permission denied)`);
  return new CliError(`${file}: cannot be read (${describeFsError(err, file)})`);
}

/** Reads and validates a plan file, or throws a CliError (exit 2) naming the file. */
export async function readPlanFile(file: string): Promise<LoadedPlan> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (stat.size > MAX_PLAN_FILE_BYTES) {
      throw new CliError(`${file}: is ${Math.round(stat.size / 1048576)} MB, larger than a plan can be (50 MB)`);
    }
    bytes = await fs.readFile(file);
  } catch (err) {
    throw err instanceof CliError ? err : readFailure(file, err);
  }
  let text: string;
  try {
    // Strict decoding: a file that is not UTF-8 must not be "repaired" and rewritten by fmt.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: is a binary file or not UTF-8 text, not a plan`);
  }
  const result = parsePlan(text);
  if (!result.ok) throw new CliError(formatPlanErrors(file, result.errors));
  return { plan: result.plan, bytes };
}

/** True when `file` exists (as anything). */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes `data` to `file` atomically (temp file + rename, no backup), or to stdout for "-". */
export async function writeOutput(file: string, data: string | Uint8Array): Promise<void> {
  if (file === '-') {
    await writeStdout(data);
    return;
  }
  try {
    await writeFileAtomic(file, data, { backup: false });
  } catch (err) {
    throw new CliError(`${file}: could not be written (${describeFsError(err, file)}); nothing was changed on disk`);
  }
}

/** Writes to stdout and waits until the data is handed to the OS (large exports piped to `head` included). */
export function writeStdout(data: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(data, () => resolve());
  });
}
