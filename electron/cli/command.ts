// What every `handoff` subcommand declares: its options, its help text and how it
// runs. (Its one-line summary lives in main.ts, which lists commands without loading them.)
import type { OptionSpec, ParsedArgs } from './args.js';

export interface Command {
  name: string;
  /** The full `handoff <name> --help` text. */
  help: string;
  options: readonly OptionSpec[];
  /** Resolves to the exit code. Throws CliError or UsageError for expected failures. */
  run(args: ParsedArgs): Promise<number>;
}
