// PDF printing for a server: each print starts a whole Chromium, so a few requests
// at once could take the machine down. Prints run one at a time, a few more wait
// their turn, and beyond that a request is refused at once (503 + Retry-After)
// instead of piling up memory and processes.
import type { PrintPdf } from '../services/host-backend.js';
import { HostError } from '../services/host-error.js';

/** How many prints may wait while one runs, unless told otherwise. */
export const DEFAULT_MAX_WAITING_PRINTS = 4;
/** What a refused client is told to wait before trying again. */
export const PRINT_RETRY_AFTER_SECONDS = 5;

/** The queue is full; the server answers 503 with `Retry-After: retryAfterSeconds`. */
export class PrintQueueFullError extends HostError {
  readonly retryAfterSeconds = PRINT_RETRY_AFTER_SECONDS;
  constructor(waiting: number) {
    super('unavailable', `The server is busy printing other PDFs (${waiting} waiting). Try again in a few seconds.`);
  }
}

/** `print`, one call at a time; at most `maxWaiting` calls wait, further ones throw PrintQueueFullError. */
export function queuedPrinter(print: PrintPdf, maxWaiting = DEFAULT_MAX_WAITING_PRINTS): PrintPdf {
  let running = false;
  const waiting: (() => void)[] = [];

  const next = (): void => {
    const start = waiting.shift();
    if (start) start();
    else running = false;
  };

  return async (doc) => {
    if (running) {
      if (waiting.length >= maxWaiting) throw new PrintQueueFullError(waiting.length);
      // The slot is handed over directly by next(), so `running` stays true meanwhile.
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running = true;
    }
    try {
      return await print(doc);
    } finally {
      next();
    }
  };
}
