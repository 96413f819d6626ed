// The print queue of a server: one print at a time, a bounded number waiting,
// the rest refused at once; a failed print frees its slot like a finished one.
import { describe, expect, it } from 'vitest';
import { PrintQueueFullError, queuedPrinter } from '../../electron/server/pdf-queue.js';
import type { RequirementsDocument } from '../../shared/export/model.js';

/** A document standing in for a plan's: the queue only hands it on. */
const doc = (title: string) => ({ title }) as RequirementsDocument;

/** A printer whose prints finish when the test says so, recording which ran when. */
function controlledPrinter() {
  const started: string[] = [];
  const pending = new Map<string, { finish(): void; fail(): void }>();
  let running = 0;
  let mostAtOnce = 0;
  const print = ({ title: html }: RequirementsDocument) =>
    new Promise<Uint8Array>((resolve, reject) => {
      started.push(html);
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      const done = () => (running -= 1);
      pending.set(html, {
        finish: () => (done(), resolve(new TextEncoder().encode(`pdf of ${html}`))),
        fail: () => (done(), reject(new Error(`${html} failed`))),
      });
    });
  return { print, started, pending, mostAtOnce: () => mostAtOnce };
}

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('queuedPrinter', () => {
  it('prints one at a time, in the order asked, and refuses beyond the waiting bound', async () => {
    const printer = controlledPrinter();
    const print = queuedPrinter(printer.print, 2);
    const results = ['a', 'b', 'c', 'd'].map((name) => print(doc(name)).then((pdf) => new TextDecoder().decode(pdf), (err: unknown) => err));
    await settle();
    expect(printer.started).toEqual(['a']);
    const refused = await results[3];
    expect(refused).toBeInstanceOf(PrintQueueFullError);
    expect((refused as PrintQueueFullError).httpStatus).toBe(503);
    expect((refused as PrintQueueFullError).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as Error).message).toMatch(/busy printing other PDFs \(2 waiting\)/);

    printer.pending.get('a')!.finish();
    await settle();
    expect(printer.started).toEqual(['a', 'b']);
    printer.pending.get('b')!.fail();
    await settle();
    expect(printer.started).toEqual(['a', 'b', 'c']);
    printer.pending.get('c')!.finish();
    expect(await Promise.all(results.slice(0, 3))).toEqual(['pdf of a', new Error('b failed'), 'pdf of c']);
    expect(printer.mostAtOnce()).toBe(1);
  });

  it('takes new prints again once the queue has drained', async () => {
    const printer = controlledPrinter();
    const print = queuedPrinter(printer.print, 0);
    const first = print(doc('a'));
    await expect(print(doc('b'))).rejects.toBeInstanceOf(PrintQueueFullError);
    await settle();
    printer.pending.get('a')!.finish();
    await first;
    const again = print(doc('c'));
    await settle();
    expect(printer.started).toEqual(['a', 'c']);
    printer.pending.get('c')!.finish();
    await expect(again).resolves.toBeInstanceOf(Uint8Array);
  });
});
