// PDF export in the desktop app: Electron already is Chromium, so the requirements
// document's HTML is printed by a hidden window's printToPDF (the same print engine
// the CLI drives through playwright-core) instead of a separate browser, in the
// same print layout (shared/export/print-layout.ts).
import { BrowserWindow } from 'electron';
import { electronPdfOptions } from '../../shared/export/print-layout.js';
import type { PrintPdf } from '../services/host-backend.js';
import { publishTransientPage } from './app-protocol.js';

export const printPdfWithElectron: PrintPdf = async (html, { title }) => {
  // Served from memory over app:// (not a data: URL, which large plans would
  // exceed, and not a file:// page).
  const page = publishTransientPage(html);
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      // The document is static HTML with inline SVG: nothing in it needs to run.
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      // Middle-click must not open links in new windows (the window-open handler denies them too).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(page.url);
    return await window.webContents.printToPDF(electronPdfOptions(title));
  } finally {
    page.dispose();
    window.destroy();
  }
};
