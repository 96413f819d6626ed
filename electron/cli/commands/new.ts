// `handoff new [--template NAME] -o FILE` and `handoff new --list`.
import { serializePlan } from '../../../shared/model/serialize.js';
import { PIPELINE_TEMPLATES, createEmptyPlan, createPlanFromTemplate, findTemplate } from '../../../shared/templates/index.js';
import { UsageError, hasFlag, optionValue } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError, exists, writeOutput, writeStdout } from '../io.js';

/** The `--list` text, from the templates' own metadata. */
export function templateListText(): string {
  const width = Math.max(...PIPELINE_TEMPLATES.map((t) => t.id.length)) + 2;
  const lines = ['Templates (handoff new --template NAME -o FILE):', ''];
  for (const template of PIPELINE_TEMPLATES) {
    lines.push(`  ${template.id.padEnd(width)}${template.name}`);
    lines.push(`  ${' '.repeat(width)}${template.description}`);
  }
  lines.push('', 'Without --template, handoff new writes an empty plan.');
  return `${lines.join('\n')}\n`;
}

export const newCommand: Command = {
  name: 'new',
  help: `Usage: handoff new [--template NAME] [--title TEXT] -o FILE [--force]
       handoff new --list

Writes a new plan with a fresh id: empty, or from a pipeline template with teams,
placeholder people, nodes, checklists and requirements to start a workshop from.

Options:
  --template NAME  the template to start from (see --list)
  --title TEXT     the plan's title (default: the template's name, or "Untitled plan")
  -o FILE          where to write the plan ("-" for standard output); required
  --force          replace FILE when it exists (default: refuse)
  --list           list the templates and exit
  -h, --help       show this help

Exit status: 0 written; 2 FILE exists (without --force) or cannot be written; 64 bad usage.`,
  options: [
    { name: 'template', value: true },
    { name: 'title', value: true },
    { name: 'output', short: 'o', value: true },
    { name: 'force' },
    { name: 'list' },
  ],
  async run(args) {
    if (hasFlag(args, 'list')) {
      await writeStdout(templateListText());
      return EXIT.ok;
    }
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}; name the new file with -o FILE`);
    const output = optionValue(args, 'output');
    if (output === undefined) throw new UsageError('name the new file with -o FILE');
    const templateId = optionValue(args, 'template');
    if (templateId !== undefined && !findTemplate(templateId)) {
      throw new UsageError(`there is no template ${JSON.stringify(templateId)}; the templates are ${PIPELINE_TEMPLATES.map((t) => t.id).join(', ')} (handoff new --list)`);
    }
    const title = optionValue(args, 'title');
    if (output !== '-' && !hasFlag(args, 'force') && (await exists(output))) {
      throw new CliError(`${output}: already exists; nothing was written (use --force to replace it)`);
    }

    const plan = templateId === undefined ? createEmptyPlan(title ?? '') : createPlanFromTemplate(templateId, { title });
    await writeOutput(output, serializePlan(plan));
    if (output !== '-') {
      process.stdout.write(templateId === undefined ? `Created ${output} (an empty plan)\n` : `Created ${output} from the template ${templateId}\n`);
    }
    return EXIT.ok;
  },
};
