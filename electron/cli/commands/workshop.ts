// `handoff workshop PLAN [--port N] [--host H] [--redis URL]`: hosts a live workshop
// on one plan file (spec: workshop.md) until Ctrl-C (SIGINT) or SIGTERM, which save
// and stop. Prints the three links, one per role.
import { promises as fs } from 'node:fs';
import { UsageError, optionValue } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError } from '../io.js';
import { parsePort, untilStopped } from '../server-options.js';

export const DEFAULT_WORKSHOP_PORT = 4410;

function parseCount(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 10_000) throw new UsageError(`${option} must be a number from 1 to 10000, not ${JSON.stringify(text)}`);
  return Number(text);
}

export const workshopCommand: Command = {
  name: 'workshop',
  help: `Usage: handoff workshop PLAN.handoff.json [--port N] [--host H] [--redis URL]

Hosts a live workshop on one plan: everyone with a link edits the same plan
at once, from a browser or the desktop app. Prints, one per line:
  Facilitator link: URL
  Participant link: URL
  Viewer link: URL
Each link carries its role's token in the URL fragment (#token=...). The
plan file stays the source of truth: it is written in the canonical form
within 2 seconds of the last change, and on stop (Ctrl-C or SIGTERM).
Restarting on the same file continues the same workshop, with the same links.

Options:
  --port N     the port (default ${DEFAULT_WORKSHOP_PORT}; 0 picks a free one)
  --host H     the address to listen on (default 127.0.0.1: only this computer;
               0.0.0.0 for the local network)
  --redis URL  share the workshop with other hosts through Redis
               (redis://HOST:PORT), e.g. behind a load balancer
  --max-connections N   connections to this workshop at most (default 100)
  --max-per-address N   connections from one address at most (default 20)
  -h, --help   show this help

Exit status: 0 stopped by a signal; 2 the plan cannot be read or is not a
valid plan, or the server could not start; 64 bad usage.`,
  options: [
    { name: 'port', value: true },
    { name: 'host', value: true },
    { name: 'redis', value: true },
    { name: 'max-connections', value: true },
    { name: 'max-per-address', value: true },
  ],
  async run(args) {
    if (args.positionals.length !== 1) throw new UsageError('name one plan file to host');
    const file = args.positionals[0];
    const port = parsePort(optionValue(args, 'port')) ?? DEFAULT_WORKSHOP_PORT;
    const host = optionValue(args, 'host');
    if (host !== undefined && host.trim() === '') throw new UsageError('--host needs an address');
    const redisUrl = optionValue(args, 'redis');
    const maxConnections = parseCount(optionValue(args, 'max-connections'), '--max-connections');
    const maxPerAddress = parseCount(optionValue(args, 'max-per-address'), '--max-per-address');

    const stat = await fs.stat(file).catch(() => null);
    if (!stat) throw new CliError(`${file}: no such file`);
    if (!stat.isFile()) throw new CliError(`${file}: is not a file`);

    const { startWorkshopServer } = await import('../../server/workshop-server.js');
    let running;
    try {
      running = await startWorkshopServer({ file, port, host, redisUrl, limits: { maxConnections, maxPerAddress } });
    } catch (err) {
      throw new CliError(`handoff workshop: ${err instanceof Error ? err.message : String(err)}`);
    }
    await untilStopped();
    process.stdout.write('Saving and stopping the workshop…\n');
    await running.close();
    return EXIT.ok;
  },
};
