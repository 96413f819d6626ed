// `handoff serve [DIR] [--port N] [--host H] [--token T]`: the editor in a web
// browser for the plans in DIR, until Ctrl-C (SIGINT) or SIGTERM. On an address
// other computers can reach, the API needs an access token, handed out as part of
// the printed link.
import { promises as fs } from 'node:fs';
import { UsageError, optionValue } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit.js';
import { CliError } from '../io.js';
import { parsePort, untilStopped } from '../server-options.js';
import { MIN_TOKEN_LENGTH, createAccessToken, linkWithToken, tokenProblem } from '../../server/access-token.js';
import { networkUrls } from '../../server/network-urls.js';
import { isLoopback } from '../../server/request-guard.js';

function parseToken(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const problem = tokenProblem(text);
  if (problem) throw new UsageError(`--token: ${problem}`);
  return text;
}

/** The links that carry the token, and a warning when other computers can connect. */
function announceAccess(dir: string, host: string, port: number, token: string): void {
  for (const url of networkUrls(host, port)) process.stdout.write(`Open with the access token: ${linkWithToken(url, token)}\n`);
  if (isLoopback(host)) return;
  process.stderr.write(
    `Warning: this server can be reached from the network. Anyone with the link can read and change the plans in ${dir}, ` +
      'and the connection is not encrypted (no TLS): use it only on a network you trust (see docs/security.md).\n',
  );
}

export const serveCommand: Command = {
  name: 'serve',
  help: `Usage: handoff serve [DIR] [--port N] [--host H] [--token T]

Serves the editor over HTTP for the plans in DIR (default: the current folder)
and prints one line when it listens:
  Handoff Studio is serving DIR at http://HOST:PORT/
It runs until Ctrl-C or SIGTERM.

On an address other computers can reach (e.g. --host 0.0.0.0), only people
with the access token can see or change the plans. It is printed as part of
the link to open, after the listening line:
  Open with the access token: http://ADDRESS:PORT/#token=T
followed by a warning on standard error. On 127.0.0.1 (the default) no token
is needed unless --token gives one.

Options:
  --port N    the port (default 4400; 0 picks a free one)
  --host H    the address to listen on (default 127.0.0.1: only this computer)
  --token T   the access token (at least ${MIN_TOKEN_LENGTH} letters, digits, - . _ ~);
              default: a new random one on each start, when one is needed
  -h, --help  show this help

Exit status: 0 stopped by a signal; 2 DIR is missing or the server could not
start (e.g. the port is in use); 64 bad usage.`,
  options: [
    { name: 'port', value: true },
    { name: 'host', value: true },
    { name: 'token', value: true },
  ],
  async run(args) {
    if (args.positionals.length > 1) throw new UsageError('name at most one folder to serve');
    const dir = args.positionals[0] ?? '.';
    const port = parsePort(optionValue(args, 'port'));
    const host = optionValue(args, 'host');
    if (host !== undefined && host.trim() === '') throw new UsageError('--host needs an address');
    const givenToken = parseToken(optionValue(args, 'token'));

    const stat = await fs.stat(dir).catch(() => null);
    if (!stat) throw new CliError(`${dir}: no such folder`);
    if (!stat.isDirectory()) throw new CliError(`${dir}: is a file, not a folder of plans`);

    const { DEFAULT_HOST, startServer } = await import('../../server/index.js');
    const listenHost = host ?? DEFAULT_HOST;
    const token = givenToken ?? (isLoopback(listenHost) ? undefined : createAccessToken());
    let server;
    try {
      server = await startServer({ dir, port, host: listenHost, token });
    } catch (err) {
      throw new CliError(`handoff serve: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (token !== undefined) announceAccess(server.dir, listenHost, server.port, token);
    await untilStopped();
    await server.close();
    return EXIT.ok;
  },
};
