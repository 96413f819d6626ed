// The editor window: top bar, palette, canvas, inspector and readiness panel.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
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
import { useViewStore } from '../store/viewStore';
import { ModalFrame } from '../ui/dialogs';
import { Icon } from '../ui/icons';
import { runCommand } from './commands';
import { useShortcuts } from './shortcuts';
import { TopBar } from './TopBar';

function ReadOnlyBanner() {
  const reason = useDocumentStore((s) => s.doc?.readOnlyReason);
  if (!reason) return null;
  const canCopy = !reason.includes('format version');
  return (
    <div className="banner banner--readonly" role="status">
      <Icon name="lock" size={14} />
      <span>{reason}</span>
      {canCopy && (
        <button type="button" className="btn btn--sm" onClick={() => runCommand('save-as')}>
          Save as…
        </button>
      )}
    </div>
  );
}

function EditorDialogs() {
  const exportDialog = useViewStore((s) => s.exportDialog);
  const openDialog = useViewStore((s) => s.openDialog);
  const templateDialog = useViewStore((s) => s.templateDialog);
  const set = useViewStore((s) => s.set);
  return (
    <>
      <ExportDialog open={exportDialog.open} initialFormat={exportDialog.format} onClose={() => set({ exportDialog: { open: false } })} />
      <CompareDialogs />
      {openDialog && (
        <ModalFrame titleId="open-plan-title" title="Open a plan" onEscape={() => set({ openDialog: false })} wide>
          <FolderPlans onOpened={() => set({ openDialog: false })} />
          <div className="modal__actions">
            <button type="button" className="btn" onClick={() => set({ openDialog: false })}>
              Cancel
            </button>
          </div>
        </ModalFrame>
      )}
      {templateDialog && (
        <ModalFrame titleId="template-title" title="New plan from a template" onEscape={() => set({ templateDialog: false })} wide>
          <TemplateGallery onChosen={() => set({ templateDialog: false })} />
          <div className="modal__actions">
            <button type="button" className="btn" onClick={() => set({ templateDialog: false })}>
              Cancel
            </button>
          </div>
        </ModalFrame>
      )}
    </>
  );
}

export function Editor() {
  const showInspector = useViewStore((s) => s.showInspector);
  const showReadiness = useViewStore((s) => s.showReadiness);
  useShortcuts();
  useEffect(() => installClipboardHandlers(), []);
  return (
    <ReactFlowProvider>
      <div className={`editor${showInspector ? '' : ' editor--no-inspector'}${showReadiness ? '' : ' editor--no-readiness'}`}>
        <TopBar />
        <ReadOnlyBanner />
        <div className="editor__body">
          <Palette />
          <div className="editor__centre">
            <Canvas />
            {showReadiness && (
              <div className="editor__readiness">
                <ReadinessPanel />
              </div>
            )}
          </div>
          {showInspector && (
            <div className="editor__inspector">
              <Inspector />
            </div>
          )}
        </div>
        <EditorDialogs />
      </div>
    </ReactFlowProvider>
  );
}
