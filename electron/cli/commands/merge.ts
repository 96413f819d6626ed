// `handoff merge BASE MINE THEIRS -o OUT [--json]`: three-way merge by id. Writes
// OUT only when nothing conflicts. The merge itself lives in shared/merge.
import { conflictsToJson, formatConflictsText, mergePlans } from '../../../shared/merge/index.js';
import { parsePlan, formatPlanErrors } from '../../../shared/model/parse.js';
import { serializePlan } from '../../../shared/model/serialize.js';
import { UsageError, hasFlag, optionValue } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError, readPlanFile, writeOutput, writeStdout } from '../io.js';

export const mergeCommand: Command = {
  name: 'merge',
  help: `Usage: handoff merge BASE MINE THEIRS -o OUT [--json]

Merges the changes made in MINE and in THEIRS since their common ancestor BASE,
entity by entity and field by field, matching entities by id. When nothing
conflicts it writes the merged plan to OUT ("-" for standard output; an existing
OUT is replaced, so it works as a git merge driver: handoff merge %O %A %B -o %A).
Otherwise it writes nothing and lists each conflict: entity kind, id, field, and
the base, mine and theirs values.

Options:
  -o OUT      where to write the merged plan; required
  --json      print the result as JSON: { "output": OUT or null, "conflicts": [...] }
  -h, --help  show this help

Exit status: 0 merged and written; 1 conflicts, nothing written; 2 a file could not
be read, is not a valid plan or could not be written; 64 bad usage.`,
  options: [{ name: 'output', short: 'o', value: true }, { name: 'json' }],
  async run(args) {
    if (args.positionals.length !== 3) throw new UsageError('name three plan files: handoff merge BASE MINE THEIRS -o OUT');
    const output = optionValue(args, 'output');
    if (output === undefined) throw new UsageError('name the merged file with -o OUT');
    const json = hasFlag(args, 'json');
    const [base, mine, theirs] = await Promise.all(args.positionals.map(async (file) => (await readPlanFile(file)).plan));

    const result = mergePlans(base, mine, theirs);
    if (result.conflicts.length > 0) {
      if (json) {
        await writeStdout(`${JSON.stringify({ output: null, conflicts: conflictsToJson(result.conflicts) }, null, 2)}\n`);
      } else {
        const text = formatConflictsText(result.conflicts);
        await writeStdout(text.endsWith('\n') ? text : `${text}\n`);
        process.stderr.write(`${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'}; nothing was written\n`);
      }
      return EXIT.findings;
    }

    // The merged plan must itself be a valid plan (unique ids, known values) before it reaches disk.
    const text = serializePlan(result.plan);
    const check = parsePlan(text);
    if (!check.ok) throw new CliError(`the merged plan is not valid; nothing was written:\n${formatPlanErrors(output, check.errors)}`);
    await writeOutput(output, text);
    if (json && output !== '-') await writeStdout(`${JSON.stringify({ output, conflicts: [] }, null, 2)}\n`);
    else if (output !== '-') process.stdout.write(`Merged into ${output}\n`);
    return EXIT.ok;
  },
};
