// `handoff serve [DIR] [--port N] [--host H]`: the editor in a web browser for
// the plans in DIR, until Ctrl-C (SIGINT) or SIGTERM.
import { promises as fs } from 'node:fs';
import { UsageError, optionValue } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError } from '../io.js';

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${JSON.stringify(text)}`);
  return Number(text);
}

function untilStopped(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  help: `Usage: handoff serve [DIR] [--port N] [--host H]

Serves the editor over HTTP for the plans in DIR (default: the current folder)
and prints one line when it listens:
  Handoff Studio is serving DIR at http://HOST:PORT/
It runs until Ctrl-C or SIGTERM.

Options:
  --port N    the port (default 4400; 0 picks a free one)
  --host H    the address to listen on (default 127.0.0.1: only this computer)
  -h, --help  show this help

Exit status: 0 stopped by a signal; 2 DIR is missing or the server could not
start (e.g. the port is in use); 64 bad usage.`,
  options: [{ name: 'port', value: true }, { name: 'host', value: true }],
  async run(args) {
    if (args.positionals.length > 1) throw new UsageError('name at most one folder to serve');
    const dir = args.positionals[0] ?? '.';
    const port = parsePort(optionValue(args, 'port'));
    const host = optionValue(args, 'host');
    if (host !== undefined && host.trim() === '') throw new UsageError('--host needs an address');

    const stat = await fs.stat(dir).catch(() => null);
    if (!stat) throw new CliError(`${dir}: no such folder`);
    if (!stat.isDirectory()) throw new CliError(`${dir}: is a file, not a folder of plans`);

    const { startServer } = await import('../../server/index.js');
    let server;
    try {
      server = await startServer({ dir, port, host });
    } catch (err) {
      throw new CliError(`handoff serve: ${err instanceof Error ? err.message : String(err)}`);
    }
    await untilStopped();
    await server.close();
    return EXIT.ok;
  },
};
