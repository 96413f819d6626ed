// Loading a module another part of the project provides, at the moment a command
// needs it: the command line keeps working while that part is absent (or not yet
// built), and commands that do not need it never pay for loading it.
import { EXIT } from './exit.js';
import { CliError } from './io.js';

/**
 * The module at `url` when it exists and exports every function in `needed`;
 * otherwise a CliError (exit 64) saying that `command` is not available yet.
 */
export async function importProvided<T>(url: URL, needed: readonly string[], command: string): Promise<T> {
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(url.href)) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    throw new CliError(`handoff ${command}: not available yet in this version`, EXIT.usage);
  }
  if (needed.some((name) => typeof loaded[name] !== 'function')) {
    throw new CliError(`handoff ${command}: not available yet in this version`, EXIT.usage);
  }
  return loaded as T;
}
