// `handoff validate FILE… [--json]`: the readiness findings of each plan.
import { evaluatePlan, summarizeReadiness, type Finding, type ReadinessSummary } from '../../../shared/rules/index.js';
import { PHASE_LABELS } from '../../../shared/model/vocabulary.js';
import { UsageError, hasFlag } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError, readPlanFile, writeStdout } from '../io.js';

/** One file's result as `--json` prints it (spec: `{ file, ready, findings }`). */
interface FileReport {
  file: string;
  ready: boolean;
  findings: Finding[];
  /** Only for a file that could not be read or is not a valid plan: why (also printed on stderr). */
  error?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function countsLine(summary: ReadinessSummary): string {
  const { error, warning, info } = summary.counts;
  return `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info`;
}

function readinessLine(summary: ReadinessSummary): string {
  if (summary.nextPhase === null) return summary.readyForNextPhase ? 'nothing blocks the last phase' : `${plural(summary.blockers.length, 'blocker')} in the last phase`;
  const next = PHASE_LABELS[summary.nextPhase];
  return summary.readyForNextPhase ? `ready for ${next}` : `not ready for ${next} (${plural(summary.blockers.length, 'blocker')})`;
}

function describeTarget(finding: Finding): string {
  return finding.target.id === undefined ? finding.target.kind : `${finding.target.kind} ${finding.target.id}`;
}

/** The human report of one plan: a heading, one line per finding, a summary line. */
function formatReport(file: string, findings: readonly Finding[], summary: ReadinessSummary): string {
  const lines = [file];
  const severityWidth = Math.max(0, ...findings.map((f) => f.severity.length));
  const ruleWidth = Math.max(0, ...findings.map((f) => f.ruleId.length));
  for (const f of findings) {
    lines.push(`  ${f.severity.padEnd(severityWidth)}  ${f.ruleId.padEnd(ruleWidth)}  ${describeTarget(f)}: ${f.message}`);
  }
  if (findings.length === 0) lines.push('  no findings');
  lines.push(`  ${countsLine(summary)}; ${readinessLine(summary)}`);
  return lines.join('\n');
}

export const validateCommand: Command = {
  name: 'validate',
  help: `Usage: handoff validate FILE... [--json]

Checks each plan file against the format and the readiness rules and prints the
findings per file (severity, rule id, the entity, what to do) with a summary line.

Options:
  --json      print one object per file: { "file", "ready", "findings": [...] }
              (an array when several files are named). "ready" is true when the
              plan has no errors and no phase-gate warnings.
  -h, --help  show this help

Exit status: 0 no error findings; 1 some plan has error findings; 2 a file could
not be read or is not a valid plan (the reason is on standard error); 64 bad usage.`,
  options: [{ name: 'json' }],
  async run(args) {
    if (args.positionals.length === 0) throw new UsageError('name at least one plan file');
    const json = hasFlag(args, 'json');
    const reports: FileReport[] = [];
    const texts: string[] = [];
    let exitCode: number = EXIT.ok;

    for (const file of args.positionals) {
      try {
        const { plan } = await readPlanFile(file);
        const findings = evaluatePlan(plan);
        const summary = summarizeReadiness(plan, findings);
        reports.push({ file, ready: summary.readyForNextPhase, findings });
        texts.push(formatReport(file, findings, summary));
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
