// `handoff new [--template NAME] [--lang L] -o FILE` and `handoff new --list`.
import { createTranslator, type TranslatorLanguage } from '../../../shared/i18n/index.js';
import { serializePlan } from '../../../shared/model/serialize.js';
import { PIPELINE_TEMPLATES, createEmptyPlan, createPlanFromTemplate, findTemplate, templateSummary } from '../../../shared/templates/index.js';
import { UsageError, hasFlag, optionValue } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError, exists, writeOutput, writeStdout } from '../io.js';
import { LANG_HELP, LANG_OPTION, outputLanguage } from '../lang.js';

/** The `--list` text, from the templates' own metadata, in a language. */
export function templateListText(lang: TranslatorLanguage = 'en'): string {
  const tr = createTranslator(lang);
  const width = Math.max(...PIPELINE_TEMPLATES.map((t) => t.id.length)) + 2;
  const lines = [tr.t('cli.new.listHeading'), ''];
  for (const template of PIPELINE_TEMPLATES) {
    const { name, description } = templateSummary(template, lang);
    lines.push(`  ${template.id.padEnd(width)}${name}`);
    lines.push(`  ${' '.repeat(width)}${description}`);
  }
  lines.push('', tr.t('cli.new.listFooter'));
  return `${lines.join('\n')}\n`;
}

export const newCommand: Command = {
  name: 'new',
  help: `Usage: handoff new [--template NAME] [--title TEXT] [--lang L] -o FILE [--force]
       handoff new --list [--lang L]

Writes a new plan with a fresh id: empty, or from a pipeline template with teams,
placeholder people, nodes, checklists and requirements to start a workshop from.

Options:
  --template NAME  the template to start from (see --list)
  --title TEXT     the plan's title (default: the template's name, or "Untitled plan")
  -o FILE          where to write the plan ("-" for standard output); required
  --force          replace FILE when it exists (default: refuse)
  --list           list the templates and exit
${LANG_HELP.replace(/^ {2}--lang L {5}/, '  --lang L         ').replace(/\n {15}/g, '\n                   ')}
                   The plan is written in that language (teams, nodes,
                   checklists, requirements) and keeps its text afterwards.
  -h, --help       show this help

Exit status: 0 written; 2 FILE exists (without --force) or cannot be written; 64 bad usage.`,
  options: [
    { name: 'template', value: true },
    { name: 'title', value: true },
    { name: 'output', short: 'o', value: true },
    { name: 'force' },
    { name: 'list' },
    LANG_OPTION,
  ],
  async run(args) {
    const lang = outputLanguage(args);
    const tr = createTranslator(lang);
    if (hasFlag(args, 'list')) {
      await writeStdout(templateListText(lang));
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

    const plan = templateId === undefined ? createEmptyPlan(title ?? '', undefined, lang) : createPlanFromTemplate(templateId, { title, lang });
    await writeOutput(output, serializePlan(plan));
    if (output !== '-') {
      const done = templateId === undefined ? tr.t('cli.new.createdEmpty', { file: output }) : tr.t('cli.new.createdFrom', { file: output, template: templateId });
      process.stdout.write(`${done}\n`);
    }
    return EXIT.ok;
  },
};
