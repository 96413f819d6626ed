// The CLI's PDF: the requirements document typeset by Typst (shared/export/typst.ts),
// compiled in-process by @myriaddreamin/typst-ts-node-compiler, whose native
// binary ships inside the npm package. No browser to start: a 10-node plan prints
// in a fraction of Chromium's start-up, a 1,000-node plan in seconds, and the
// table of contents carries page numbers. No 'electron' import: plain Node.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { homedir } from 'node:os';
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { RequirementsDocument } from '../../shared/export/model.js';
import { documentToTypst } from '../../shared/export/typst.js';

/** Where Linux, macOS and Windows keep fonts (the document's font stack names system fonts, CJK included). */
function fontDirectories(env: NodeJS.ProcessEnv = process.env): string[] {
  const home = homedir();
  const candidates = [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.local/share/fonts'),
    path.join(home, '.fonts'),
    '/System/Library/Fonts',
    '/Library/Fonts',
    path.join(home, 'Library/Fonts'),
    path.join(env['WINDIR'] ?? 'C:\\Windows', 'Fonts'),
    ...(env['LOCALAPPDATA'] ? [path.join(env['LOCALAPPDATA'], 'Microsoft', 'Windows', 'Fonts')] : []),
  ];
  return candidates.filter((dir) => existsSync(dir));
}

let compiler: NodeCompiler | undefined;

/** One compiler per process: creating it loads the fonts; a second print reuses them. */
function typstCompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({ fontArgs: [{ fontPaths: fontDirectories() }] });
  return compiler;
}

export class TypesetError extends Error {
  constructor(message: string) {
    super(`The document could not be typeset: ${message}`);
    this.name = 'TypesetError';
  }
}

/** The first error Typst reported, in one line. */
function firstDiagnostic(compilerInstance: NodeCompiler, error: NonNullable<ReturnType<ReturnType<NodeCompiler['compile']>['takeError']>>): string {
  const diagnostics = compilerInstance.fetchDiagnostics(error) as { message?: string }[];
  return diagnostics.find((d) => d.message)?.message ?? error.kind;
}

/**
 * The requirements document as a PDF (A4, the shared print layout, a paged table of contents, tagged).
 * `lastPrint`: the process exits after this print (the CLI), so the layout caches are left for the exit to drop.
 */
export function typesetDocumentPdf(doc: RequirementsDocument, { lastPrint = false } = {}): Buffer {
  const typst = typstCompiler();
  const result = typst.compile({ mainFileContent: documentToTypst(doc) });
  const error = result.takeError();
  if (error || !result.result) throw new TypesetError(error ? firstDiagnostic(typst, error) : 'no document');
  const pdf = typst.pdf(result.result);
  // Drop the layout caches: a 1,000-node document leaves over a gigabyte in them,
  // and a later print of another document gains little from them. Fonts stay loaded.
  // Emptying them costs about 0.15 s of CPU for 1,000 nodes, which a last print need not spend.
  if (!lastPrint) typst.evictCache(0);
  return pdf;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (pdf: Buffer) => void; reject: (err: Error) => void }>();

/** The worker file, beside this module in the sources; from the CLI bundle and the desktop build, two folders up. */
const WORKER_URL = new URL('../../electron/services/typst-worker.mjs', import.meta.url);

function typstWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(WORKER_URL, { workerData: { fontPaths: fontDirectories() } });
  created.on('message', ({ id, pdf, error }: { id: number; pdf?: Uint8Array; error?: string }) => {
    const job = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) created.unref();
    if (!job) return;
    if (pdf) job.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    else job.reject(new TypesetError(error ?? 'no document'));
  });
  created.on('error', (err) => {
    for (const job of waiting.values()) job.reject(err);
    waiting.clear();
    worker = undefined;
  });
  worker = created;
  return created;
}

/**
 * The same PDF as typesetDocumentPdf, typeset on a worker thread that stays warm
 * (fonts loaded once): for hosts, whose event loop must keep serving the room and
 * other requests meanwhile. Falls back to this thread where the worker file is missing.
 */
export function typesetDocumentPdfOffThread(doc: RequirementsDocument): Promise<Buffer> {
  if (!existsSync(WORKER_URL)) return Promise.resolve().then(() => typesetDocumentPdf(doc));
  const source = documentToTypst(doc);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const thread = typstWorker();
    // Held while a print is under way; a host that is done printing must still be able to exit.
    thread.ref();
    thread.postMessage({ id, source });
  });
}
