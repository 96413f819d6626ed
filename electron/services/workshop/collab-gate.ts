// The door to `/collab`: what a WebSocket upgrade must pass before Hocuspocus sees
// the socket (Hocuspocus 3 has no pre-auth limits of its own): the path, the Origin
// (this server's own page, or none for non-browser clients), the connection limits
// per workshop and per address, the message size, an update-rate limit that first
// slows a client down and then disconnects it, and a deadline to authenticate.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

export const COLLAB_PATH = '/collab';

export interface GateLimits {
  /** Spec default 8 MiB. */
  maxMessageBytes: number;
  /** Spec default 100. */
  maxConnections: number;
  /** Spec default 20. */
  maxPerAddress: number;
  /** Sustained messages per second per connection (sync, awareness and updates alike). */
  messagesPerSecond: number;
  /** Messages a connection may send at once before it is slowed to the rate. */
  burst: number;
  /** A connection kept slowed this long without a break is disconnected. */
  maxThrottledMs: number;
  /** A socket that has not authenticated by then is closed. */
  authTimeoutMs: number;
}

export const DEFAULT_GATE_LIMITS: GateLimits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxConnections: 100,
  maxPerAddress: 20,
  messagesPerSecond: 100,
  burst: 400,
  maxThrottledMs: 3000,
  authTimeoutMs: 10_000,
};

/** Shared with Hocuspocus hooks through the connection's context. */
export interface GateTicket {
  address: string;
  authenticated: boolean;
  /** Closes the socket (after a refused token, a rotation, or a revoked role). */
  close(code?: number, reason?: string): void;
}

export interface CollabGate {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  connectionCount(): number;
  close(): void;
}

function refuse(socket: Duplex, status: number, message: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${message}\n`);
  else socket.destroy();
}

/** Origin allowed: none (scripts, the desktop app's Node side) or this server's own address. */
function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

export function createCollabGate(
  accept: (ws: WebSocket, req: IncomingMessage, ticket: GateTicket) => void,
  limits: GateLimits = DEFAULT_GATE_LIMITS,
): CollabGate {
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
  const perAddress = new Map<string, number>();
  let open = 0;

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname !== COLLAB_PATH) return refuse(socket, 404, 'Not Found');
    if (!originAllowed(req)) return refuse(socket, 403, 'Forbidden');
    const address = req.socket.remoteAddress ?? 'unknown';
    if (open >= limits.maxConnections) return refuse(socket, 503, 'Service Unavailable');
    if ((perAddress.get(address) ?? 0) >= limits.maxPerAddress) return refuse(socket, 429, 'Too Many Requests');

    open++;
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      open--;
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    };
    socket.once('close', release);

    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.once('close', release);
      // A frame over the size limit or a broken one: ws itself closes the socket (1009,
      // 1002); the error only needs a listener, or it would end the host.
      ws.on('error', () => undefined);
      const ticket: GateTicket = {
        address,
        authenticated: false,
        close: (code = 1008, reason = 'closed') => {
          if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
          setTimeout(() => ws.terminate(), 1000).unref();
        },
      };
      const deadline = setTimeout(() => {
        if (!ticket.authenticated) ticket.close(4401, 'not authenticated');
      }, limits.authTimeoutMs);
      deadline.unref();
      ws.once('close', () => clearTimeout(deadline));
      limitRate(ws, limits, ticket);
      accept(ws, req, ticket);
    });
  };

  return {
    handleUpgrade,
    connectionCount: () => open,
    close: () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

/**
 * A token bucket per connection. Over the rate the socket is paused (TCP pushes back
 * on the client) until the bucket refills; a client that stays over it for
 * `maxThrottledMs` is disconnected.
 */
function limitRate(ws: WebSocket, limits: GateLimits, ticket: GateTicket): void {
  let tokens = limits.burst;
  let last = Date.now();
  let paused = false;
  let throttledSince: number | undefined;
  ws.on('message', () => {
    const now = Date.now();
    tokens = Math.min(limits.burst, tokens + ((now - last) / 1000) * limits.messagesPerSecond);
    last = now;
    tokens -= 1;
    if (tokens >= 0) {
      throttledSince = undefined;
      return;
    }
    throttledSince ??= now;
    if (now - throttledSince > limits.maxThrottledMs) return ticket.close(1008, 'too many updates');
    if (paused) return;
    paused = true;
    ws.pause();
    setTimeout(() => {
      paused = false;
      if (ws.readyState === ws.OPEN) ws.resume();
    }, Math.ceil((-tokens / limits.messagesPerSecond) * 1000)).unref();
  });
}
