// `handoff diff A B [--json]`: what changed from plan A to plan B. The comparison
// itself lives in shared/merge; this file reads the files and prints.
import { diffPlans, diffToJson, formatDiffText } from '../../../shared/merge/index.js';
import { UsageError, hasFlag } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { readPlanFile, writeStdout } from '../io.js';

export const diffCommand: Command = {
  name: 'diff',
  help: `Usage: handoff diff A B [--json]

Shows what changed from plan A to plan B, entity by entity (nodes, edges,
checklist items, requirements, people, teams, questions, plan fields) and field
by field; entities are matched by id.

Options:
  --json      print the changes as JSON
  -h, --help  show this help

Exit status: 0 compared (whether or not anything changed); 2 a file could not be
read or is not a valid plan; 64 bad usage.`,
  options: [{ name: 'json' }],
  async run(args) {
    if (args.positionals.length !== 2) throw new UsageError('name two plan files: handoff diff A B');
    const [a, b] = args.positionals;
    const { plan: before } = await readPlanFile(a);
    const { plan: after } = await readPlanFile(b);
    const diff = diffPlans(before, after);
    if (hasFlag(args, 'json')) {
      await writeStdout(`${JSON.stringify(diffToJson(diff), null, 2)}\n`);
    } else {
      const text = formatDiffText(diff);
      await writeStdout(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    }
    return EXIT.ok;
  },
};
