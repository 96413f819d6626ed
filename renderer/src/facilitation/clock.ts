// The host's clock as this client sees it. The timer's `endsAt` is host time, so
// every screen shows the same countdown whatever its own clock says: a few `clock`
// round trips, and the offset of the quickest one (host now + rtt/2 - local now).
import { currentRoom, onHostMessage } from './room';

const ROUNDS = 5;
const RESYNC_MS = 60_000;

let offset = 0;
let best = Infinity;
let nextId = 1;
const sent = new Map<number, number>();

/** Now on the host's clock (ms since the epoch); the local clock outside a workshop. */
export function hostNow(): number {
  return Date.now() + (currentRoom() ? offset : 0);
}

function ping(): void {
  const room = currentRoom();
  if (!room) return;
  const id = nextId++;
  sent.set(id, Date.now());
  room.send({ type: 'clock', id });
}

/** Starts measuring the offset; returns the stop function. */
export function startClockSync(): () => void {
  offset = 0;
  best = Infinity;
  sent.clear();
  const off = onHostMessage('clock', (message) => {
    const startedAt = typeof message.id === 'number' ? sent.get(message.id) : undefined;
    if (startedAt === undefined || typeof message.now !== 'number') return;
    sent.delete(message.id as number);
    const local = Date.now();
    const rtt = local - startedAt;
    // The quickest round trip of a burst says the most.
    if (rtt <= best) {
      best = rtt;
      offset = message.now + rtt / 2 - local;
    }
  });
  let timers: ReturnType<typeof setTimeout>[] = [];
  // A burst now and one a minute, so clocks that drift apart are caught up with.
  const burst = () => {
    for (const timer of timers) clearTimeout(timer);
    best = Infinity;
    timers = Array.from({ length: ROUNDS }, (_, i) => setTimeout(ping, i * 200));
  };
  burst();
  const every = setInterval(burst, RESYNC_MS);
  return () => {
    off();
    clearInterval(every);
    for (const timer of timers) clearTimeout(timer);
  };
}
