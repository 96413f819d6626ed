// `handoff fmt FILE… [--check]`: rewrite plans in the canonical form (spec: key
// order, 2-space indent, final newline, empty optional fields left out), so a
// `git diff` shows only what people changed.
import { serializePlan } from '../../../shared/model/serialize.js';
import { UsageError, hasFlag } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError, readPlanFile, writeOutput } from '../io.js';

/** The canonical bytes of a plan file, or a CliError; never writes. */
async function canonicalBytes(file: string): Promise<{ current: Buffer; canonical: Buffer }> {
  const { plan, bytes } = await readPlanFile(file);
  let text: string;
  try {
    text = serializePlan(plan);
  } catch (err) {
    // e.g. an unknown field nested thousands of levels deep exhausts the stack.
    throw new CliError(`${file}: cannot be written in canonical form (${err instanceof Error ? err.message : String(err)})`);
  }
  return { current: bytes, canonical: Buffer.from(text, 'utf8') };
}

export const fmtCommand: Command = {
  name: 'fmt',
  help: `Usage: handoff fmt FILE... [--check]

Rewrites each plan file in the canonical form of the format: keys in the spec's
order, 2-space indent, final newline, empty optional fields left out, unknown
fields kept. A file already canonical is not touched; a rewrite is atomic (a
temporary file in the same folder renamed over the original). A file that is
not a valid plan is reported and left exactly as it is.

Options:
  --check     change nothing; list the files that are not canonical and exit 1
              when there is one (for pre-commit hooks and CI)
  -h, --help  show this help

Exit status: 0 every file is (now) canonical; 1 with --check, some file is not;
2 some file could not be read, is not a valid plan or could not be written (the
others are still formatted); 64 bad usage.`,
  options: [{ name: 'check' }],
  async run(args) {
    if (args.positionals.length === 0) throw new UsageError('name at least one plan file');
    const check = hasFlag(args, 'check');
    let unreadable = false;
    const notCanonical: string[] = [];

    for (const file of args.positionals) {
      try {
        const { current, canonical } = await canonicalBytes(file);
        if (current.equals(canonical)) continue;
        if (check) {
          notCanonical.push(file);
        } else {
          await writeOutput(file, canonical);
          process.stdout.write(`formatted ${file}\n`);
        }
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        process.stderr.write(`${err.message}\n`);
        unreadable = true;
      }
    }

    for (const file of notCanonical) process.stdout.write(`${file}: not in canonical form\n`);
    if (notCanonical.length > 0) process.stderr.write(`Run handoff fmt on ${notCanonical.length === 1 ? 'it' : 'them'} to rewrite ${notCanonical.length === 1 ? 'it' : 'them'}.\n`);
    if (unreadable) return EXIT.badFile;
    return notCanonical.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
