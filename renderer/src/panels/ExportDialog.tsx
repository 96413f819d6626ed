// Export the IT requirements document as Markdown, HTML or PDF, or IT's backlog as
// a Jira CSV or GitHub issues JSON, with a preview of exactly what will be written.
// The document's words (and the diagram's) are in the language chosen here, the
// interface's unless another is picked; plan content is never translated.
// The PDF is typeset by the host from the plan; the host saves the file (a save
// dialog on the desktop, a download in the browser).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportFormat } from '../../../shared/host/contract';
import { LANGUAGES, LANGUAGE_NAMES, matchLanguage, type Language } from '../../../shared/i18n/index';
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
import { uiLanguage, useT } from '../i18n';
import { exportDiagram, type DiagramFormat } from '../editor/exportDiagram';
import { useDocumentStore } from '../store/documentStore';
import { showToast, useViewStore } from '../store/viewStore';
import { SelectField } from './fields';
import './panels.css';
import { keepFocusInside } from '../ui/focusTrap';

export interface ExportDialogProps {
  open: boolean;
  initialFormat?: ExportFormat;
  onClose(): void;
}

/** The document's formats and the backlog's; the diagram has buttons of its own. */
type DialogFormat = ExportFormat | BacklogFormat;

type Translate = ReturnType<typeof useT>;

/** Each language under its own name, as people who read it look for it. */
const LANGUAGE_OPTIONS = LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }));

/** The formats' names and hints in the interface language. */
const formats = (t: Translate): { value: DialogFormat; label: string; short?: string; hint: string }[] => [
  { value: 'pdf', label: 'PDF', hint: t('ui.panels.exportDialog.pdfHint') },
  { value: 'html', label: 'HTML', hint: t('ui.panels.exportDialog.htmlHint') },
  { value: 'md', label: 'Markdown', hint: t('ui.panels.exportDialog.mdHint') },
  { value: 'jira-csv', label: t('ui.panels.exportDialog.jiraLabel'), short: 'Jira CSV', hint: t('ui.panels.exportDialog.jiraHint') },
  {
    value: 'github-issues',
    label: t('ui.panels.exportDialog.githubLabel'),
    short: t('ui.panels.exportDialog.githubShort'),
    hint: t('ui.panels.exportDialog.githubHint'),
  },
];

const isBacklog = (format: DialogFormat): format is BacklogFormat => format === 'jira-csv' || format === 'github-issues';
const formatName = (format: DialogFormat, t: Translate) => {
  const f = formats(t).find((x) => x.value === format);
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
  const t = useT();
  const [format, setFormat] = useState<DialogFormat>(initialFormat ?? 'pdf');
  // The document's language: the interface's (English under the test pseudo-locale) unless chosen here.
  const [lang, setLang] = useState<Language>(() => matchLanguage(uiLanguage()) ?? 'en');
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

  const rendered = useMemo(() => (plan ? render(plan, format, appVersion, everything, lang) : null), [plan, format, appVersion, everything, lang]);
  const working = status.kind === 'working';

  const runExport = async () => {
    if (!plan || !rendered || working) return;
    const host = getHost();
    const suggestedName = fileNameOf(plan, format);
    try {
      let content = rendered.text;
      let encoding: 'utf8' | 'base64' = 'utf8';
      if (format === 'pdf') {
        setStatus({ kind: 'working', message: t('ui.panels.exportDialog.typesetting') });
        content = (await host.renderPdf({ planText: serializePlan(plan), exportDate: today(), lang })).base64;
        encoding = 'base64';
      }
      setStatus({ kind: 'working', message: t('ui.panels.exportDialog.saving', { file: suggestedName }) });
      const result = await host.saveExport({ suggestedName, format, content, encoding });
      // Only a document format becomes the one the dialog starts with next time.
      if (!isBacklog(format)) void host.updateSettings({ defaultExportFormat: format }).catch(() => undefined);
      if ('canceled' in result) {
        setStatus({ kind: 'idle' });
        return;
      }
      setStatus({ kind: 'idle' });
      if (record && !isBacklog(format)) useDocumentStore.getState().apply(t('ui.panels.exportDialog.recordUndo'), (p) => recordExport(p, today()));
      showToast(t('ui.panels.exportDialog.exported', { file: result.saved }));
      onClose();
    } catch (error) {
      setStatus({ kind: 'error', message: t('ui.panels.exportDialog.failed', { format: formatName(format, t), error: describeError(error) }) });
    }
  };

  // The diagram alone (SVG or PNG) is saved as it is, without the document around it.
  const runDiagramExport = async (diagramFormat: DiagramFormat) => {
    if (!plan || working) return;
    setStatus({ kind: 'working', message: t('ui.panels.exportDialog.savingDiagram', { format: diagramFormat.toUpperCase() }) });
    try {
      const saved = await exportDiagram(plan, diagramFormat, lang);
      setStatus({ kind: 'idle' });
      if (!saved) return;
      showToast(t('ui.panels.exportDialog.exported', { file: saved }));
      onClose();
    } catch (error) {
      setStatus({ kind: 'error', message: t('ui.panels.exportDialog.diagramFailed', { error: describeError(error) }) });
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
          <h2 id={titleId}>{t('ui.panels.exportDialog.title')}</h2>
          <button type="button" className="icon-button" aria-label={t('ui.common.close')} onClick={onClose} disabled={working}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="export-body">
          <div className="export-options">
            <fieldset className="format-choice" disabled={working}>
              <legend>{t('ui.panels.exportDialog.format')}</legend>
              {formats(t).map((f) => (
                <label key={f.value} className={`format-option ${format === f.value ? 'is-chosen' : ''}`}>
                  <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => choose(f.value)} />
                  <span className="format-label">{f.label}</span>
                  <span className="format-hint">{f.hint}</span>
                </label>
              ))}
            </fieldset>
            {/* A backlog's rows are the plan's own words: it has no language of its own to choose. */}
            {!isBacklog(format) && (
              // Wrapped: a field grows to fill a panel's column, here it keeps its own height.
              <div className="export-language">
                <SelectField
                  label={t('ui.panels.exportDialog.language')}
                  value={lang}
                  options={LANGUAGE_OPTIONS}
                  disabled={working}
                  onCommit={(next) => next && setLang(next as Language)}
                />
              </div>
            )}
            {isBacklog(format) ? (
              <label className="export-record">
                <input type="checkbox" checked={everything} disabled={working} onChange={(e) => setEverything(e.target.checked)} />
                {t('ui.panels.exportDialog.everything')}
              </label>
            ) : (
              <label className="export-record">
                <input type="checkbox" checked={record} disabled={working} onChange={(e) => setRecord(e.target.checked)} />
                {t('ui.panels.exportDialog.record')}
              </label>
            )}
            {plan && (
              <dl className="export-facts">
                <dt>{t('ui.panels.exportDialog.file')}</dt>
                <dd>{fileNameOf(plan, format)}</dd>
                <dt>{t('ui.panels.exportDialog.size')}</dt>
                <dd>{rendered ? describeSize(rendered, format, t) : '–'}</dd>
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
                {format === 'pdf' && <p className="export-error-hint">{t('ui.panels.exportDialog.pdfErrorHint')}</p>}
              </div>
            )}
            <p className="export-diagram">
              {t('ui.panels.exportDialog.diagramIntro')}{' '}
              <button type="button" className="button-secondary" onClick={() => runDiagramExport('svg')} disabled={!plan || working}>
                {t('ui.panels.exportDialog.diagramSvg')}
              </button>{' '}
              <button type="button" className="button-secondary" onClick={() => runDiagramExport('png')} disabled={!plan || working}>
                {t('ui.panels.exportDialog.diagramPng')}
              </button>
            </p>
            <div className="export-actions">
              <button type="button" className="button-secondary" onClick={onClose} disabled={working}>
                {t('ui.common.cancel')}
              </button>
              <button type="button" className="button-primary" onClick={runExport} disabled={!rendered || working}>
                {working ? t('ui.panels.exportDialog.exporting') : t('ui.panels.exportDialog.export', { format: formatName(format, t) })}
              </button>
            </div>
          </div>
          <div className="export-preview" aria-label={t('ui.panels.exportDialog.preview')} role="region">
            {!rendered ? (
              <p className="panel-empty">{t('ui.panels.noPlan')}</p>
            ) : format === 'md' || isBacklog(format) ? (
              <pre className="markdown-preview">{rendered.text}</pre>
            ) : (
              // No scripts and no same-origin access: the document is shown, never run.
              <iframe title={t('ui.panels.exportDialog.documentPreview')} sandbox="" srcDoc={rendered.text} className="html-preview" />
            )}
            {format === 'pdf' && rendered && <p className="preview-note">{t('ui.panels.exportDialog.pdfNote')}</p>}
            {rendered?.items === 0 && (
              <p className="preview-note">{everything ? t('ui.panels.exportDialog.noItems') : t('ui.panels.exportDialog.nothingForIt')}</p>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

/** The text to write (the PDF's HTML for its preview); for the backlog, how many items it holds. */
function render(plan: Plan, format: DialogFormat, appVersion: string, everything: boolean, lang: Language): { text: string; items?: number } {
  if (isBacklog(format)) {
    const items = backlogItems(plan, { all: everything });
    const text = format === 'jira-csv' ? backlogToJiraCsv(items) : `${JSON.stringify(backlogToGithubIssues(items), null, 2)}\n`;
    return { text, items: items.length };
  }
  const options = { exportDate: today(), appVersion, lang };
  return { text: format === 'md' ? renderMarkdown(plan, options) : renderHtml(plan, options) };
}

function fileNameOf(plan: Plan, format: DialogFormat): string {
  return isBacklog(format) ? backlogFileName(exportFileName(plan, 'md').slice(0, -'.md'.length), format) : exportFileName(plan, format);
}

function describeSize(rendered: { text: string; items?: number }, format: DialogFormat, t: Translate): string {
  const kb = Math.max(1, Math.round(rendered.text.length / 1024));
  if (rendered.items !== undefined) return t('ui.panels.exportDialog.sizeItems', { count: rendered.items, kb });
  return t(format === 'pdf' ? 'ui.panels.exportDialog.sizePdf' : 'ui.panels.exportDialog.sizeKb', { kb });
}
