// The editor window: top bar, palette, canvas, inspector and readiness panel.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo, type CSSProperties } from 'react';
import { Canvas } from '../canvas/Canvas';
import { installClipboardHandlers } from '../canvas/editing';
import { CompareDialogs } from '../compare/CompareDialogs';
import { Palette } from '../canvas/Palette';
import { ExportDialog } from '../panels/ExportDialog';
import { Inspector } from '../panels/Inspector';
import { ReadinessPanel } from '../panels/ReadinessPanel';
import { FolderPlans } from '../start/PlanLists';
import { TemplateGallery } from '../start/TemplateGallery';
import { useDocumentStore } from '../store/documentStore';
import { useT } from '../i18n';
import { useViewStore } from '../store/viewStore';
import { ModalFrame } from '../ui/dialogs';
import { Icon } from '../ui/icons';
import { runCommand } from './commands';
import { ConnectToDialog } from './ConnectToDialog';
import { selectPanelVisible, useLayout } from './layout';
import { PANEL_SIZE_VARS, ResizeHandle } from './ResizeHandle';
import { ShortcutSheet } from './ShortcutSheet';
import { useShortcuts } from './shortcuts';
import { TopBar } from './TopBar';
import '../styles/canvas-craft.css';

function ReadOnlyBanner() {
  const t = useT();
  const reason = useDocumentStore((s) => s.doc?.readOnlyReason);
  const newerFormat = useDocumentStore((s) => Boolean(s.doc?.newerFormat));
  if (!reason) return null;
  const canCopy = !newerFormat;
  return (
    <div className="banner banner--readonly" role="status">
      <Icon name="lock" size={14} />
      <span>{reason}</span>
      {canCopy && (
        <button type="button" className="btn btn--sm" onClick={() => runCommand('save-as')}>
          {t('ui.app.editor.saveAs')}
        </button>
      )}
    </div>
  );
}

function EditorDialogs() {
  const t = useT();
  const exportDialog = useViewStore((s) => s.exportDialog);
  const openDialog = useViewStore((s) => s.openDialog);
  const templateDialog = useViewStore((s) => s.templateDialog);
  const set = useViewStore((s) => s.set);
  return (
    <>
      <ExportDialog open={exportDialog.open} initialFormat={exportDialog.format} onClose={() => set({ exportDialog: { open: false } })} />
      <CompareDialogs />
      {openDialog && (
        <ModalFrame titleId="open-plan-title" title={t('ui.app.editor.openTitle')} onEscape={() => set({ openDialog: false })} wide>
          <FolderPlans onOpened={() => set({ openDialog: false })} />
          <div className="modal__actions">
            <button type="button" className="btn" onClick={() => set({ openDialog: false })}>
              {t('ui.common.cancel')}
            </button>
          </div>
        </ModalFrame>
      )}
      {templateDialog && (
        <ModalFrame titleId="template-title" title={t('ui.app.editor.templateTitle')} onEscape={() => set({ templateDialog: false })} wide>
          <TemplateGallery onChosen={() => set({ templateDialog: false })} />
          <div className="modal__actions">
            <button type="button" className="btn" onClick={() => set({ templateDialog: false })}>
              {t('ui.common.cancel')}
            </button>
          </div>
        </ModalFrame>
      )}
    </>
  );
}

/** The panel sizes as the CSS variables the layout reads (a drag sets them directly meanwhile). */
function usePanelSizes(): CSSProperties {
  const palette = useLayout((s) => s.panels.palette.size);
  const inspector = useLayout((s) => s.panels.inspector.size);
  const readiness = useLayout((s) => s.panels.readiness.size);
  return useMemo(
    () =>
      ({
        [PANEL_SIZE_VARS.palette]: `${palette}px`,
        [PANEL_SIZE_VARS.inspector]: `${inspector}px`,
        [PANEL_SIZE_VARS.readiness]: `${readiness}px`,
      }) as CSSProperties,
    [palette, inspector, readiness],
  );
}

export function Editor() {
  const showPalette = useLayout(selectPanelVisible('palette'));
  const showInspector = useLayout(selectPanelVisible('inspector'));
  const showReadiness = useLayout(selectPanelVisible('readiness'));
  const sizes = usePanelSizes();
  useShortcuts();
  useEffect(() => installClipboardHandlers(), []);
  return (
    <ReactFlowProvider>
      <div className={`editor${showInspector ? '' : ' editor--no-inspector'}${showReadiness ? '' : ' editor--no-readiness'}`} style={sizes}>
        <TopBar />
        <ReadOnlyBanner />
        <div className="editor__body">
          {showPalette && (
            <>
              <Palette />
              <ResizeHandle panel="palette" />
            </>
          )}
          <div className="editor__centre">
            <Canvas />
            {showReadiness && (
              <>
                <ResizeHandle panel="readiness" />
                <div className="editor__readiness">
                  <ReadinessPanel />
                </div>
              </>
            )}
          </div>
          {showInspector && (
            <>
              <ResizeHandle panel="inspector" />
              <div className="editor__inspector">
                <Inspector />
              </div>
            </>
          )}
        </div>
        <EditorDialogs />
        <ShortcutSheet />
        <ConnectToDialog />
      </div>
    </ReactFlowProvider>
  );
}
