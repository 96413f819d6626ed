// The `handoff` command: dispatch to a subcommand, print help and version, and
// turn every failure into a one-line message and the spec's exit code (no stack
// traces unless HANDOFF_DEBUG=1).
import { UsageError, parseArgs, type OptionSpec } from './args.js';
import type { Command } from './command.js';
import { EXIT } from './exit.js';
import { CliError } from './io.js';
import { appVersion } from './version.js';

interface CommandEntry {
  name: string;
  summary: string;
  /** Loaded only when the command runs, so each command starts without the others' dependencies. */
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', summary: 'check plans and print their readiness findings', load: async () => (await import('./commands/validate.js')).validateCommand },
  { name: 'export', summary: 'write the IT requirements document as Markdown, HTML or PDF', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'new', summary: 'write a new plan, empty or from a template', load: async () => (await import('./commands/new.js')).newCommand },
  { name: 'fmt', summary: 'rewrite plans in the canonical form (--check for CI)', load: async () => (await import('./commands/fmt.js')).fmtCommand },
  { name: 'diff', summary: 'show what changed between two plans', load: async () => (await import('./commands/diff.js')).diffCommand },
  { name: 'merge', summary: 'three-way merge of plans by id', load: async () => (await import('./commands/merge.js')).mergeCommand },
  { name: 'serve', summary: 'open the editor in a web browser for the plans in a folder', load: async () => (await import('./commands/serve.js')).serveCommand },
  { name: 'workshop', summary: 'host a live workshop on a plan: everyone edits it at once', load: async () => (await import('./commands/workshop.js')).workshopCommand },
];

const HELP_OPTION: OptionSpec = { name: 'help', short: 'h' };

export function overviewText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return `Usage: handoff COMMAND [ARGS...]

Handoff Studio's command line: check, format, compare and export model handoff
plans (*.handoff.json) without the desktop app.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (handoff COMMAND --help for a command's help)
  --version      print the version

Exit status: 0 done, no error findings; 1 error findings (or not canonical, or
conflicts); 2 a file could not be read or is not a valid plan; 64 bad usage.
Set HANDOFF_DEBUG=1 to see stack traces of unexpected errors.
`;
}

function usageFailure(message: string, command?: Pick<Command, 'name'>): number {
  const helpHint = command ? `handoff ${command.name} --help` : 'handoff --help';
  process.stderr.write(`handoff${command ? ` ${command.name}` : ''}: ${message}\nRun '${helpHint}' for usage.\n`);
  return EXIT.usage;
}

async function runCommand(command: Command, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, [...command.options, HELP_OPTION]);
  if (args.options.has('help')) {
    process.stdout.write(`${command.help}\n`);
    return EXIT.ok;
  }
  return command.run(args);
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(overviewText());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    process.stdout.write(overviewText());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    process.stdout.write(`handoff ${appVersion()}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !topic) return usageFailure(`there is no command ${JSON.stringify(rest[0])}`);
    process.stdout.write(topic ? `${(await topic.load()).help}\n` : overviewText());
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === first);
  if (!entry) {
    return usageFailure(first.startsWith('-') ? `unknown option ${first}` : `there is no command ${JSON.stringify(first)}`);
  }
  const command = await entry.load();
  try {
    return await runCommand(command, rest);
  } catch (err) {
    if (err instanceof UsageError) return usageFailure(err.message, command);
    throw err;
  }
}

/** A closed pipe (`handoff export … -o - | head`) is the reader's choice, not an error. */
function ignoreClosedStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw err;
  });
}

export async function main(argv: string[]): Promise<number> {
  ignoreClosedStdout();
  try {
    return await dispatch(argv);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof UsageError) return usageFailure(err.message);
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`handoff: unexpected error: ${message}\n`);
    if (process.env.HANDOFF_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('Run again with HANDOFF_DEBUG=1 to see where it happened, and report it.\n');
    return EXIT.internal;
  }
}
