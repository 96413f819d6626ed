// The CLI's PDF: the requirements document typeset by Typst (shared/export/typst.ts),
// compiled in-process by @myriaddreamin/typst-ts-node-compiler, whose native
// binary ships inside the npm package. No browser to start: a 10-node plan prints
// in a fraction of Chromium's start-up, a 1,000-node plan in seconds, and the
// table of contents carries page numbers. No 'electron' import: plain Node.
import { existsSync } from 'node:fs';
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

/** The requirements document as a PDF (A4, the shared print layout, a paged table of contents, tagged). */
export function typesetDocumentPdf(doc: RequirementsDocument): Buffer {
  const typst = typstCompiler();
  const result = typst.compile({ mainFileContent: documentToTypst(doc) });
  const error = result.takeError();
  if (error || !result.result) throw new TypesetError(error ? firstDiagnostic(typst, error) : 'no document');
  const pdf = typst.pdf(result.result);
  // Drop the layout caches: a 1,000-node document leaves over a gigabyte in them,
  // and a later print of another document gains little from them. Fonts stay loaded.
  typst.evictCache(0);
  return pdf;
}
