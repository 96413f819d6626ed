// A worker thread that typesets Typst source to PDF, so a host (`handoff serve`, a
// workshop, the desktop app's main process) keeps answering while a long document
// compiles. Plain JavaScript: it runs the same from the sources, the CLI bundle and
// the desktop build. One compiler for the worker's life: the fonts load once.
import { parentPort, workerData } from 'node:worker_threads';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: workerData.fontPaths }] });

parentPort.on('message', ({ id, source }) => {
  try {
    const result = compiler.compile({ mainFileContent: source });
    const error = result.takeError();
    if (error || !result.result) {
      const diagnostics = error ? compiler.fetchDiagnostics(error) : [];
      const message = diagnostics.find((d) => d && d.message)?.message ?? (error ? error.kind : 'no document');
      parentPort.postMessage({ id, error: message });
      return;
    }
    const pdf = compiler.pdf(result.result);
    compiler.evictCache(0);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    parentPort.postMessage({ id, pdf: bytes }, [bytes.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
