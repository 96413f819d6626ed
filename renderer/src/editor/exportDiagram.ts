// The pipeline diagram on its own, for a slide or a wiki: the PDF's drawing as a
// standalone SVG file, or that SVG rasterised here in the page at twice its size
// as a PNG. The host saves the file (a save dialog on the desktop, a download in
// the browser).
import type { Plan } from '../../../shared/model/types';
import { buildDiagram, exportFileName } from '../../../shared/export/index';
import { renderDiagramSvgFile } from '../../../shared/export/svg';
import { createTranslator, type TranslatorLanguage } from '../../../shared/i18n/index';
import { describeError, getHost } from '../host/index';
import { uiLanguage, uiT } from '../i18n';
import { showToast } from '../store/viewStore';

export type DiagramFormat = 'svg' | 'png';

/** Pixels per SVG unit in the PNG: sharp on a high-density screen or a projector. */
const PNG_SCALE = 2;

/**
 * Saves the diagram, its words (legend, node types) in `lang`: the interface's unless
 * the export dialog chose another. The saved file's name, or null when the user
 * cancelled. Throws when the plan draws nothing.
 */
export async function exportDiagram(plan: Plan, format: DiagramFormat, lang: TranslatorLanguage = uiLanguage()): Promise<string | null> {
  const tr = createTranslator(lang);
  const svg = renderDiagramSvgFile(buildDiagram(plan, tr), plan.title, tr);
  if (!svg) throw new Error(uiT('ui.app.diagram.noNodes'));
  const suggestedName = `${exportFileName(plan, 'md').slice(0, -'.md'.length)}-diagram.${format}`;
  const content = format === 'svg' ? svg : await svgToPngBase64(svg);
  const result = await getHost().saveExport({ suggestedName, format, content, encoding: format === 'svg' ? 'utf8' : 'base64' });
  return 'canceled' in result ? null : result.saved;
}

/** For the menu commands: the outcome as a toast. */
export async function exportDiagramWithToast(plan: Plan, format: DiagramFormat): Promise<void> {
  try {
    const saved = await exportDiagram(plan, format);
    if (saved) showToast(uiT('ui.app.diagram.exported', { name: saved }));
  } catch (error) {
    showToast(uiT('ui.app.diagram.failed', { message: describeError(error) }), 'error');
  }
}

async function svgToPngBase64(svg: string): Promise<string> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * PNG_SCALE);
    canvas.height = Math.ceil(image.naturalHeight * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(uiT('ui.app.diagram.noCanvas'));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error(uiT('ui.app.diagram.noPng'));
    return bytesToBase64(new Uint8Array(await png.arrayBuffer()));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
