// Runs the `handoff` command as a user does (`node bin/handoff.js ...`) in a child
// process and collects what it prints and its exit code.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = path.join(fileURLToPath(new URL('../../../', import.meta.url)), 'bin', 'handoff.js');

export interface HandoffRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runHandoff(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<HandoffRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: { ...process.env, HANDOFF_DEBUG: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
