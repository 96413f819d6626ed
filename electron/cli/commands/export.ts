// `handoff export FILE --format md|html|pdf [-o OUT] [--record]`: the IT requirements
// document; `--format jira-csv|github-issues [--all]`: IT's backlog.
import {
  backlogFileName,
  buildRequirementsDocument,
  exportFileName,
  recordExport,
  renderBacklog,
  renderHtml,
  renderMarkdown,
  type BacklogFormat,
  type ExportFormat,
  type RequirementsDocument,
} from '../../../shared/export/index.js';
import { createTranslator } from '../../../shared/i18n/index.js';
import { serializePlan } from '../../../shared/model/serialize.js';
import { evaluatePlan } from '../../../shared/rules/index.js';
import { UsageError, hasFlag, optionValue } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError, readPlanFile, writeOutput } from '../io.js';
import { LANG_HELP, LANG_OPTION, outputLanguage } from '../lang.js';
import { appVersion } from '../version.js';

const DOCUMENT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'pdf'];
const BACKLOG_FORMATS: readonly BacklogFormat[] = ['jira-csv', 'github-issues'];
const FORMATS: readonly string[] = [...DOCUMENT_FORMATS, ...BACKLOG_FORMATS];

/**
 * The date printed in the document: today in UTC, or HANDOFF_EXPORT_DATE so that a
 * build (or a test) can produce the same bytes on any day.
 */
export function exportDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fixed = env.HANDOFF_EXPORT_DATE;
  if (fixed === undefined || fixed === '') return now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) {
    throw new UsageError(`HANDOFF_EXPORT_DATE must be a date like 2026-12-01, not ${JSON.stringify(fixed)}`);
  }
  return fixed;
}

/** Typeset by Typst in this process (electron/services/typst-pdf.ts), loaded only for PDF. */
async function renderPdf(doc: RequirementsDocument): Promise<Buffer> {
  try {
    const { typesetDocumentPdf } = await import('../../services/typst-pdf.js');
    return typesetDocumentPdf(doc, { lastPrint: true });
  } catch (err) {
    throw new CliError(`handoff export: the PDF could not be written: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}

export const exportCommand: Command = {
  name: 'export',
  help: `Usage: handoff export FILE --format md|html|pdf [-o OUT] [--record] [--lang L]
       handoff export FILE --format jira-csv|github-issues [-o OUT] [--all]

Writes the requirements document of a plan: document control (with what changed
since the last recorded export), business context, the pipeline diagram, systems,
integrations, handoff points, sign-offs, RACI, requirements, checklists, the ML
Test Score, milestones, open questions and the readiness findings. Or writes IT's
backlog: requirements and open checklist items as work items for a tracker.

Options:
  --format F   md (GitHub Markdown with a Mermaid diagram), html (one self-contained
               file), pdf (A4, typeset with a paged table of contents), jira-csv
               (a CSV for Jira's CSV importer) or github-issues (a JSON array of
               issues for gh or the GitHub API); required
  -o OUT       where to write; "-" writes md, html, CSV or JSON to standard output
               (a PDF is never written to a terminal or pipe: name a file).
               Default: a file named after the plan title in the current folder,
               e.g. subscriber-churn-scoring.md, subscriber-churn-scoring-backlog.csv
               or subscriber-churn-scoring-issues.json. An existing OUT is replaced.
  --record     also record this export in FILE (meta.lastExport), so that the next
               export lists what changed since; FILE is rewritten canonically
  --all        backlog formats: every requirement and open checklist item, not only
               those of systems IT owns or runs and items assigned to IT people
${LANG_HELP}
               (the document's headings, labels and findings; plan content
               stays as written)
  -h, --help   show this help

Environment:
  HANDOFF_EXPORT_DATE  the export date printed in the document (YYYY-MM-DD);
                       default today (UTC). Set it for reproducible output.

Exit status (the spec's general rule): 0 written and the plan has no error
findings; 1 written, but the plan has error findings (they are listed inside the
document and noted on standard error); 2 the plan could not be read or is not
valid, or the output could not be written or printed; 64 bad usage.`,
  options: [{ name: 'format', value: true }, { name: 'output', short: 'o', value: true }, { name: 'record' }, { name: 'all' }, LANG_OPTION],
  async run(args) {
    if (args.positionals.length !== 1) throw new UsageError('name exactly one plan file to export');
    const format = optionValue(args, 'format');
    if (format === undefined) throw new UsageError('--format is required: md, html, pdf, jira-csv or github-issues');
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be md, html, pdf, jira-csv or github-issues, not ${JSON.stringify(format)}`);
    const backlog = BACKLOG_FORMATS.includes(format as BacklogFormat);
    if (hasFlag(args, 'all') && !backlog) throw new UsageError('--all goes with --format jira-csv or github-issues');
    if (hasFlag(args, 'record') && backlog) throw new UsageError('--record goes with a document format: md, html or pdf');
    const output = optionValue(args, 'output');
    if (output === '-' && format === 'pdf') throw new UsageError('a PDF is not written to standard output; name a file with -o');
    const lang = outputLanguage(args);
    const tr = createTranslator(lang);
    const opts = { exportDate: exportDate(), appVersion: appVersion(), lang };

    const [file] = args.positionals;
    const { plan } = await readPlanFile(file);
    const target = output ?? (backlog ? backlogFileName(exportFileName(plan, 'md').slice(0, -3), format as BacklogFormat) : exportFileName(plan, format as ExportFormat));
    let content: string | Buffer;
    if (backlog) content = renderBacklog(plan, format as BacklogFormat, { all: hasFlag(args, 'all') });
    else if (format === 'md') content = renderMarkdown(plan, opts);
    else if (format === 'html') content = renderHtml(plan, opts);
    else content = await renderPdf(buildRequirementsDocument(plan, opts));

    await writeOutput(target, content);
    if (hasFlag(args, 'record')) {
      const recorded = recordExport(plan, opts.exportDate);
      if (recorded !== plan) await writeOutput(file, serializePlan(recorded));
    }
    const errors = evaluatePlan(plan).filter((f) => f.severity === 'error').length;
    if (errors > 0) {
      process.stderr.write(`${tr.t('cli.export.errorsNote', { file, count: errors })}\n`);
    }
    if (target !== '-') process.stdout.write(`${tr.t('cli.export.wrote', { file: target })}\n`);
    return errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
