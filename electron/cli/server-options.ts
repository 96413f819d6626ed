// What the commands that run a server (`serve`, `workshop`) share: the --port
// option and running until Ctrl-C (SIGINT) or SIGTERM.
import { UsageError } from './args.js';

export function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${JSON.stringify(text)}`);
  return Number(text);
}

/** Resolves with the signal that asked the server to stop. */
export function untilStopped(): Promise<NodeJS.Signals> {
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
