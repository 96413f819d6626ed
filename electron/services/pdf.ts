// Printing the HTML requirements document to PDF outside the desktop app (CLI,
// web host, tests): playwright-core drives an installed Chromium or Chrome. The
// desktop app uses webContents.printToPDF instead (same print engine); both take
// page size, margins, header and footer from shared/export/print-layout.ts. No
// 'electron' import here: this runs under plain Node.
import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { playwrightPdfOptions } from '../../shared/export/print-layout.js';

export class ChromiumNotFoundError extends Error {
  constructor(detail = '') {
    super(
      'No Chromium or Google Chrome found to print the PDF. ' +
        'Install Chromium or Google Chrome (Debian: apt-get install chromium), or set HANDOFF_CHROMIUM to its path.' +
        (detail ? ` ${detail}` : ''),
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** Where Chromium and Chrome are installed on Linux, macOS and Windows, most likely first. */
function usualPaths(env: NodeJS.ProcessEnv): string[] {
  const windowsRoots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA'], 'C:\\Program Files', 'C:\\Program Files (x86)'];
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windowsRoots
      .filter((root): root is string => Boolean(root))
      .flatMap((root) => [`${root}\\Google\\Chrome\\Application\\chrome.exe`, `${root}\\Chromium\\Application\\chrome.exe`]),
  ];
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform === 'win32') return true;
    accessSync(path, constants.X_OK);
    // root passes access(X_OK) on any file with an execute bit; anything else needs one too.
    return (statSync(path).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/**
 * The browser to print with: HANDOFF_CHROMIUM when set (and only it, so a wrong
 * setting is noticed rather than silently bypassed), else the first usual path
 * that exists; null when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env['HANDOFF_CHROMIUM']?.trim();
  if (configured) return isExecutable(configured) ? configured : null;
  return usualPaths(env).find(isExecutable) ?? null;
}

/**
 * Flags for a headless Chromium on a machine without network: background services
 * off (their connections fail here and slow the start). Chromium refuses to start
 * as root with its sandbox, so the sandbox goes only then.
 */
export const CHROMIUM_LAUNCH_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PrintOptions {
  /** The plan title, shown in every page header. */
  title: string;
  /** Browser to use; defaults to findChromium(). */
  executablePath?: string;
}

/** Prints a self-contained HTML document (no network is needed or allowed) to PDF in the shared print layout. */
export async function printHtmlToPdf(html: string, options: PrintOptions): Promise<Buffer> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) {
    const configured = process.env['HANDOFF_CHROMIUM']?.trim();
    throw new ChromiumNotFoundError(configured ? `(HANDOFF_CHROMIUM is set to ${configured}, which is not an executable file.)` : '');
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf(playwrightPdfOptions(options.title));
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
