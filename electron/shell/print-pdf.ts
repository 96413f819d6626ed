// PDF export in the desktop app: Electron already is Chromium, so the requirements
// document's HTML is printed by a hidden window's printToPDF (the same print engine
// the CLI drives through playwright-core) instead of a separate browser.
import { BrowserWindow } from 'electron';
import type { PrintPdf } from '../services/host-backend.js';
import { publishTransientPage } from './app-protocol.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const MARGIN_STYLE = 'font-family: system-ui, sans-serif; font-size: 8px; color: #666; width: 100%; padding: 0 15mm;';

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
    return await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${MARGIN_STYLE}">${escapeHtml(title)}</div>`,
      footerTemplate: `<div style="${MARGIN_STYLE} text-align: right;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 },
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
  } finally {
    page.dispose();
    window.destroy();
  }
};
