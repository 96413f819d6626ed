// The addresses other computers use to reach a server: `http://0.0.0.0:4400/`
// means nothing to a colleague, the machine's LAN addresses do.
import os from 'node:os';
import { isWildcard, urlHost } from './request-guard.js';

/**
 * The server's URLs as seen from the network: for a wildcard host (0.0.0.0, ::),
 * one per external address of this machine (IPv6 ones only for ::, and no
 * link-local ones, which need a zone); else the one the host names.
 */
export function networkUrls(host: string, port: number, interfaces = os.networkInterfaces()): string[] {
  if (!isWildcard(host)) return [`http://${urlHost(host)}:${port}/`];
  const urls: string[] = [];
  for (const addresses of Object.values(interfaces)) {
    for (const a of addresses ?? []) {
      if (a.internal) continue;
      if (a.family === 'IPv6' && (host !== '::' || /^fe80:/i.test(a.address))) continue;
      urls.push(`http://${urlHost(a.address)}:${port}/`);
    }
  }
  return urls.length > 0 ? urls : [`http://${urlHost(host)}:${port}/`];
}
