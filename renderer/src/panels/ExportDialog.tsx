// Export the IT requirements document as Markdown, HTML or PDF, or IT's backlog as
// a Jira CSV or GitHub issues JSON, with a preview of exactly what will be written.
// The PDF is typeset by the host from the plan; the host saves the file (a save
// dialog on the desktop, a download in the browser).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from '../../../shared/host/contract';
import type { Plan } from '../../../shared/model/types';
import { serializePlan } from '../../../shared/model/serialize';
import {
  backlogFileName,
  backlogItems,
  backlogToGithubIssues,
  backlogToJiraCsv,
  exportFileName,
  recordExport,
  renderHtml,
  renderMarkdown,
  type BacklogFormat,
} from '../../../shared/export/index';
import { describeError, getHost } from '../host/index';
import { exportDiagram, type DiagramFormat } from '../editor/exportDiagram';
import { useDocumentStore } from '../store/documentStore';
import { showToast, useViewStore } from '../store/viewStore';
import './panels.css';

export interface ExportDialogProps {
  open: boolean;
  initialFormat?: ExportFormat;
  onClose(): void;
}

/** The document's formats and the backlog's; the diagram has buttons of its own. */
type DialogFormat = ExportFormat | BacklogFormat;

const FORMATS: { value: DialogFormat; label: string; short?: string; hint: string }[] = [
  { value: 'pdf', label: 'PDF', hint: 'Printable document for sign-off and email' },
  { value: 'html', label: 'HTML', hint: 'One self-contained page for an intranet or wiki' },
  { value: 'md', label: 'Markdown', hint: 'Text for git, pull requests and wikis' },
  { value: 'jira-csv', label: 'Jira CSV (IT backlog)', short: 'Jira CSV', hint: "Requirements and open checklist items for Jira's CSV importer" },
  { value: 'github-issues', label: 'GitHub issues (JSON)', short: 'GitHub issues', hint: 'The same items as issues for gh or the GitHub API' },
];

const isBacklog = (format: DialogFormat): format is BacklogFormat => format === 'jira-csv' || format === 'github-issues';
const formatName = (format: DialogFormat) => {
  const f = FORMATS.find((x) => x.value === format);
  return f?.short ?? f?.label ?? format;
};

type Status = { kind: 'idle' } | { kind: 'working'; message: string } | { kind: 'error'; message: string };

export function ExportDialog({ open, initialFormat, onClose }: ExportDialogProps) {
  if (!open) return null;
  return <ExportDialogBody initialFormat={initialFormat} onClose={onClose} />;
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function ExportDialogBody({ initialFormat, onClose }: Omit<ExportDialogProps, 'open'>) {
  const plan = useDocumentStore((s) => s.plan);
  const appVersion = useViewStore((s) => s.hostInfo?.appVersion) ?? '';
  const [format, setFormat] = useState<DialogFormat>(initialFormat ?? 'pdf');
  // The backlog holds only what IT owns or must provide unless asked for everything.
  const [everything, setEverything] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Recording the export lets the next document list what changed since (meta.lastExport).
  const [record, setRecord] = useState(true);
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const chosenByUser = useRef(false);
  const choose = (next: DialogFormat) => {
    chosenByUser.current = true;
    setFormat(next);
  };

  // Without an explicit format, start from the one used last time.
  useEffect(() => {
    if (initialFormat) return;
    let live = true;
    getHost()
      .getSettings({})
      .then((settings) => live && !chosenByUser.current && setFormat(settings.defaultExportFormat))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [initialFormat]);

  // Focus starts on the chosen format and returns where it was when the dialog closes.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialogRef.current?.querySelector<HTMLElement>('input:checked')?.focus();
    return () => before?.focus?.();
  }, []);

  const rendered = useMemo(() => (plan ? render(plan, format, appVersion, everything) : null), [plan, format, appVersion, everything]);
  const working = status.kind === 'working';

  const runExport = async () => {
    if (!plan || !rendered || working) return;
    const host = getHost();
    const suggestedName = fileNameOf(plan, format);
    try {
      let content = rendered.text;
      let encoding: 'utf8' | 'base64' = 'utf8';
      if (format === 'pdf') {
        setStatus({ kind: 'working', message: 'Typesetting the PDF…' });
        content = (await host.renderPdf({ planText: serializePlan(plan), exportDate: today() })).base64;
        encoding = 'base64';
      }
      setStatus({ kind: 'working', message: `Saving ${suggestedName}…` });
      const result = await host.saveExport({ suggestedName, format, content, encoding });
      // Only a document format becomes the one the dialog starts with next time.
      if (!isBacklog(format)) void host.updateSettings({ defaultExportFormat: format }).catch(() => undefined);
      if ('canceled' in result) {
        setStatus({ kind: 'idle' });
        return;
      }
      setStatus({ kind: 'idle' });
      if (record && !isBacklog(format)) useDocumentStore.getState().apply('Record export', (p) => recordExport(p, today()));
      showToast(`Exported ${result.saved}`);
      onClose();
    } catch (error) {
      setStatus({ kind: 'error', message: `${formatName(format)} export failed: ${describeError(error)}` });
    }
  };

  // The diagram alone (SVG or PNG) is saved as it is, without the document around it.
  const runDiagramExport = async (diagramFormat: DiagramFormat) => {
    if (!plan || working) return;
    setStatus({ kind: 'working', message: `Saving the diagram as ${diagramFormat.toUpperCase()}…` });
    try {
      const saved = await exportDiagram(plan, diagramFormat);
      setStatus({ kind: 'idle' });
      if (!saved) return;
      showToast(`Exported ${saved}`);
      onClose();
    } catch (error) {
      setStatus({ kind: 'error', message: `Diagram export failed: ${describeError(error)}` });
    }
  };

  return (
    <div className="export-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !working && onClose()}>
      <div
        ref={dialogRef}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !working) {
            e.stopPropagation();
            onClose();
          } else if (e.key === 'Tab' && dialogRef.current) {
            keepFocusInside(dialogRef.current, e);
          }
        }}
      >
        <header className="export-header">
          <h2 id={titleId}>Export requirements document</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={working}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="export-body">
          <div className="export-options">
            <fieldset className="format-choice" disabled={working}>
              <legend>Format</legend>
              {FORMATS.map((f) => (
                <label key={f.value} className={`format-option ${format === f.value ? 'is-chosen' : ''}`}>
                  <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => choose(f.value)} />
                  <span className="format-label">{f.label}</span>
                  <span className="format-hint">{f.hint}</span>
                </label>
              ))}
            </fieldset>
            {isBacklog(format) ? (
              <label className="export-record">
                <input type="checkbox" checked={everything} disabled={working} onChange={(e) => setEverything(e.target.checked)} />
                Include everything (not only what IT owns or must provide)
              </label>
            ) : (
              <label className="export-record">
                <input type="checkbox" checked={record} disabled={working} onChange={(e) => setRecord(e.target.checked)} />
                Record this export in the plan, so the next one lists what changed since
              </label>
            )}
            {plan && (
              <dl className="export-facts">
                <dt>File</dt>
                <dd>{fileNameOf(plan, format)}</dd>
                <dt>Size</dt>
                <dd>{rendered ? describeSize(rendered, format) : '–'}</dd>
              </dl>
            )}
            {status.kind === 'working' && (
              <p className="export-status" role="status">
                <span className="spinner" aria-hidden="true" /> {status.message}
              </p>
            )}
            {status.kind === 'error' && (
              <div className="export-error" role="alert">
                <p>{status.message}</p>
                {format === 'pdf' && <p className="export-error-hint">HTML and Markdown exports do not need a browser.</p>}
              </div>
            )}
            <p className="export-diagram">
              The pipeline diagram alone, for a slide or a wiki:{' '}
              <button type="button" className="button-secondary" onClick={() => runDiagramExport('svg')} disabled={!plan || working}>
                Export diagram as SVG…
              </button>{' '}
              <button type="button" className="button-secondary" onClick={() => runDiagramExport('png')} disabled={!plan || working}>
                Export diagram as PNG…
              </button>
            </p>
            <div className="export-actions">
              <button type="button" className="button-secondary" onClick={onClose} disabled={working}>
                Cancel
              </button>
              <button type="button" className="button-primary" onClick={runExport} disabled={!rendered || working}>
                {working ? 'Exporting…' : `Export ${formatName(format)}`}
              </button>
            </div>
          </div>
          <div className="export-preview" aria-label="Preview" role="region">
            {!rendered ? (
              <p className="panel-empty">No plan is open.</p>
            ) : format === 'md' || isBacklog(format) ? (
              <pre className="markdown-preview">{rendered.text}</pre>
            ) : (
              // No scripts and no same-origin access: the document is shown, never run.
              <iframe title="Document preview" sandbox="" srcDoc={rendered.text} className="html-preview" />
            )}
            {format === 'pdf' && rendered && <p className="preview-note">The PDF is this document printed on A4 pages.</p>}
            {rendered?.items === 0 && (
              <p className="preview-note">{everything ? 'The plan has no requirements or open checklist items.' : 'Nothing here is for IT: include everything to export all items.'}</p>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

/** The text to write (the PDF's HTML for its preview); for the backlog, how many items it holds. */
function render(plan: Plan, format: DialogFormat, appVersion: string, everything: boolean): { text: string; items?: number } {
  if (isBacklog(format)) {
    const items = backlogItems(plan, { all: everything });
    const text = format === 'jira-csv' ? backlogToJiraCsv(items) : `${JSON.stringify(backlogToGithubIssues(items), null, 2)}\n`;
    return { text, items: items.length };
  }
  const options = { exportDate: today(), appVersion };
  return { text: format === 'md' ? renderMarkdown(plan, options) : renderHtml(plan, options) };
}

function fileNameOf(plan: Plan, format: DialogFormat): string {
  return isBacklog(format) ? backlogFileName(exportFileName(plan, 'md').slice(0, -'.md'.length), format) : exportFileName(plan, format);
}

function describeSize(rendered: { text: string; items?: number }, format: DialogFormat): string {
  const kb = Math.max(1, Math.round(rendered.text.length / 1024));
  if (rendered.items !== undefined) return `${rendered.items} item${rendered.items === 1 ? '' : 's'}, ${kb} KB`;
  return format === 'pdf' ? `A4, typeset from the plan (the preview is its HTML, ${kb} KB)` : `${kb} KB`;
}

/** Tab and Shift+Tab cycle within the dialog (it is modal). */
function keepFocusInside(dialog: HTMLElement, event: KeyboardEvent): void {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button, input, select, textarea, iframe, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
