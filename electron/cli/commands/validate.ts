// `handoff validate FILE… [--json] [--lang L]`: the readiness findings of each plan.
import { createTranslator, type Translator } from '../../../shared/i18n/index.js';
import { evaluatePlan, summarizeReadiness, type Finding, type ReadinessSummary } from '../../../shared/rules/index.js';
import { UsageError, hasFlag } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError, readPlanFile, writeStdout } from '../io.js';
import { LANG_HELP, LANG_OPTION, outputLanguage } from '../lang.js';

/** One file's result as `--json` prints it (spec: `{ file, ready, findings }`). */
interface FileReport {
  file: string;
  ready: boolean;
  findings: Finding[];
  /** Only for a file that could not be read or is not a valid plan: why (also printed on stderr). */
  error?: string;
}

function readinessLine(summary: ReadinessSummary, tr: Translator): string {
  const blockers = summary.blockers.length;
  if (summary.nextPhase === null) return summary.readyForNextPhase ? tr.t('cli.validate.lastPhaseClear') : tr.t('cli.validate.lastPhaseBlocked', { blockers });
  const next = tr.t(`vocab.phase.${summary.nextPhase}`);
  return summary.readyForNextPhase ? tr.t('cli.validate.ready', { next }) : tr.t('cli.validate.notReady', { next, blockers });
}

function describeTarget(finding: Finding): string {
  return finding.target.id === undefined ? finding.target.kind : `${finding.target.kind} ${finding.target.id}`;
}

/** Columns a terminal gives the text: CJK characters take two. */
function displayWidth(text: string): number {
  return text.length + (text.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g)?.length ?? 0);
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The human report of one plan: a heading, one line per finding, a summary line. */
function formatReport(file: string, findings: readonly Finding[], summary: ReadinessSummary, tr: Translator): string {
  const lines = [file];
  const severity = (f: Finding) => tr.t(`common.severity.${f.severity}`);
  const severityWidth = Math.max(0, ...findings.map((f) => displayWidth(severity(f))));
  const ruleWidth = Math.max(0, ...findings.map((f) => f.ruleId.length));
  for (const f of findings) {
    lines.push(`  ${pad(severity(f), severityWidth)}  ${f.ruleId.padEnd(ruleWidth)}  ${describeTarget(f)}: ${f.message}`);
  }
  if (findings.length === 0) lines.push(`  ${tr.t('cli.validate.noFindings')}`);
  lines.push(`  ${tr.t('cli.validate.summary', { counts: tr.t('common.counts', { ...summary.counts }), readiness: readinessLine(summary, tr) })}`);
  return lines.join('\n');
}

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: handoff validate FILE... [--json] [--lang L]

Checks each plan file against the format and the readiness rules and prints the
findings per file (severity, rule id, the entity, what to do) with a summary line.

Options:
  --json      print one object per file: { "file", "ready", "findings": [...] }
              (an array when several files are named). "ready" is true when the
              plan has no errors and no phase-gate warnings. Each finding's
              "message" is English; "messageKey" and "params" let a program
              show it in another language.
${LANG_HELP}
  -h, --help  show this help

Exit status: 0 no error findings; 1 some plan has error findings; 2 a file could
not be read or is not a valid plan (the reason is on standard error); 64 bad usage.`,
  options: [{ name: 'json' }, LANG_OPTION],
  async run(args) {
    if (args.positionals.length === 0) throw new UsageError('name at least one plan file');
    const json = hasFlag(args, 'json');
    const tr = createTranslator(outputLanguage(args));
    const reports: FileReport[] = [];
    const texts: string[] = [];
    let exitCode: number = EXIT.ok;

    for (const file of args.positionals) {
      try {
        const { plan } = await readPlanFile(file);
        const findings = evaluatePlan(plan);
        const summary = summarizeReadiness(plan, findings);
        reports.push({ file, ready: summary.readyForNextPhase, findings });
        if (!json) texts.push(formatReport(file, tr.lang === 'en' ? findings : evaluatePlan(plan, tr), summary, tr));
        if (summary.counts.error > 0 && exitCode === EXIT.ok) exitCode = EXIT.findings;
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        process.stderr.write(`${err.message}\n`);
        reports.push({ file, ready: false, findings: [], error: err.message });
        exitCode = EXIT.badFile;
      }
    }

    if (json) {
      const value = args.positionals.length === 1 ? reports[0] : reports;
      await writeStdout(`${JSON.stringify(value, null, 2)}\n`);
    } else if (texts.length > 0) {
      await writeStdout(`${texts.join('\n\n')}\n`);
    }
    return exitCode;
  },
};
