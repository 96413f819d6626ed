// Who may talk to the local server. A web page on another site must not be able
// to drive it: its requests carry a foreign Origin, or (DNS rebinding) a Host
// header naming the attacker's domain. Both are refused; no CORS headers are sent.
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import os from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** `::1` → `[::1]`: how a host appears in a URL and a Host header. */
export function urlHost(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

/** Only this computer can connect: 127.0.0.0/8, ::1 (also IPv4-mapped), localhost. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name === '::1' || /^(::ffff:)?127\./.test(name);
}

/** Every interface: reachable from the network. */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

export interface RequestGuard {
  /** Undefined when the request may proceed, else the reason to answer 403. */
  refusal(method: string, headers: IncomingHttpHeaders): string | undefined;
}

export function createRequestGuard(boundHost: string, port: number): RequestGuard {
  const names = new Set([urlHost(boundHost).toLowerCase()]);
  if (isLoopback(boundHost) || isWildcard(boundHost)) for (const n of LOOPBACK_NAMES) names.add(n);
  if (isWildcard(boundHost)) names.add(os.hostname().toLowerCase());

  const hostAllowed = (hostHeader: string): boolean => {
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.toLowerCase());
    if (!match) return false;
    const [, name, portText] = match;
    if (Number(portText ?? 80) !== port) return false;
    if (names.has(name)) return true;
    // Bound to every interface: any IP literal is fine (rebinding needs a domain name).
    return isWildcard(boundHost) && isIP(name.replace(/^\[|\]$/g, '')) !== 0;
  };

  return {
    refusal(method, headers) {
      const host = headers.host;
      if (!host || !hostAllowed(host)) return `Forbidden: this server answers only to http://${urlHost(boundHost)}:${port}/.`;
      if (method === 'GET' || method === 'HEAD') return undefined;
      const origin = headers.origin;
      if (origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) {
        return 'Forbidden: requests from other sites are not accepted.';
      }
      const site = headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        return 'Forbidden: requests from other sites are not accepted.';
      }
      return undefined;
    },
  };
}
