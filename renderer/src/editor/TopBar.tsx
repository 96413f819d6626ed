// The editor's top bar: what is open (title, phase, unsaved changes) and the
// document-level actions.
import { PHASE_LABELS } from '../../../shared/model/vocabulary';
import { CompareMenu } from '../compare/CompareMenu';
import { openSettings } from '../settings/settingsStore';
import { selectCanRedo, selectCanUndo, selectDirty, selectRedoLabel, selectUndoLabel, useDocumentStore } from '../store/documentStore';
import { useViewStore } from '../store/viewStore';
import { Icon, type IconName } from '../ui/icons';
import { canFacilitate, useRoom } from '../facilitation/room';
import { toggleTools, useToolsShown } from '../facilitation/view';
import { WorkshopStatus } from '../workshop/WorkshopStatus';
import { useWorkshop } from '../workshop/workshopStore';
import { runCommand } from './commands';
import { PanelToggles } from './PanelToggles';
import { PlanTitleField } from './PlanTitleField';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

function ToolButton({
  icon,
  label,
  shortcut,
  onClick,
  disabled,
  pressed,
  showLabel,
}: {
  icon: IconName;
  label: string;
  shortcut?: string;
  onClick(): void;
  disabled?: boolean;
  pressed?: boolean;
  showLabel?: boolean;
}) {
  return (
    <button
      type="button"
      className={`tool${showLabel ? ' tool--labelled' : ''}${pressed ? ' is-pressed' : ''}`}
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      onClick={onClick}
      disabled={disabled}
    >
      <Icon name={icon} size={16} />
      {showLabel && <span>{label}</span>}
    </button>
  );
}

export function TopBar() {
  const phase = useDocumentStore((s) => s.plan?.phase);
  const fileName = useDocumentStore((s) => s.doc?.name ?? '');
  const hasFile = useDocumentStore((s) => Boolean(s.doc?.ref));
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const dirty = useDocumentStore(selectDirty);
  const canUndo = useDocumentStore(selectCanUndo);
  const canRedo = useDocumentStore(selectCanRedo);
  const ownershipView = useViewStore((s) => s.ownershipView);
  const undoLabel = useDocumentStore(selectUndoLabel);
  const redoLabel = useDocumentStore(selectRedoLabel);
  const live = useWorkshop((s) => s.connection !== null);
  const facilitates = useRoom((s) => canFacilitate(s.room));
  const toolsShown = useToolsShown();

  return (
    <header className="topbar">
      <button type="button" className="brand" title="Close the plan and go to the start screen" onClick={() => runCommand('close')}>
        <span className="brand__mark">
          <Icon name="logo" size={16} />
        </span>
        <span className="brand__name">Handoff Studio</span>
      </button>
      <div className="topbar__doc">
        <PlanTitleField />
        <span className="topbar__file" title={hasFile || live ? fileName : 'Not saved yet'}>
          {hasFile || live ? fileName : 'Not saved yet'}
        </span>
        {phase && <span className="phase-chip">{PHASE_LABELS[phase]}</span>}
        {live && <WorkshopStatus />}
        {live ? null : readOnly ? (
          <span className="status-chip status-chip--readonly">
            <Icon name="lock" size={12} /> Read-only
          </span>
        ) : dirty ? (
          <span className="status-chip status-chip--dirty" role="status" aria-label="Unsaved changes">
            <span className="dot" /> Unsaved
          </span>
        ) : (
          <span className="status-chip status-chip--saved" role="status" aria-label="All changes saved">
            Saved
          </span>
        )}
      </div>
      <div className="topbar__tools" role="toolbar" aria-label="Editor tools">
        <ToolButton icon="undo" label="Undo" shortcut={undoLabel ? `${undoLabel} · ${MOD}Z` : `${MOD}Z`} onClick={() => runCommand('undo')} disabled={!canUndo} />
        <ToolButton icon="redo" label="Redo" shortcut={redoLabel ? `${redoLabel} · ${MOD}Shift+Z` : `${MOD}Shift+Z`} onClick={() => runCommand('redo')} disabled={!canRedo} />
        <span className="topbar__sep" />
        <PanelToggles />
        <span className="topbar__sep" />
        <ToolButton icon="layout" label="Auto-layout" shortcut={`${MOD}Shift+L`} onClick={() => runCommand('auto-layout')} disabled={readOnly} />
        <ToolButton icon="search" label="Find node" shortcut={`${MOD}F`} onClick={() => runCommand('find')} />
        <ToolButton icon="users" label="Ownership view" onClick={() => runCommand('toggle-ownership')} pressed={ownershipView} showLabel />
        <CompareMenu />
        {facilitates && <ToolButton icon="clock" label="Facilitate" onClick={() => toggleTools(toolsShown)} pressed={toolsShown} showLabel />}
        <span className="topbar__sep" />
        <ToolButton icon="export" label="Export" shortcut={`${MOD}E`} onClick={() => runCommand('export')} showLabel />
        {live ? (
          <button type="button" className="btn topbar__save" onClick={() => runCommand('save-as')} title="Save a copy of your own (the host saves the workshop's file)">
            <Icon name="save" size={15} />
            Save a copy…
          </button>
        ) : (
          <button
            type="button"
            className="btn btn--primary topbar__save"
            onClick={() => runCommand('save')}
            disabled={readOnly && !hasFile}
            title={`Save (${MOD}S)`}
          >
            <Icon name="save" size={15} />
            Save
          </button>
        )}
        <ToolButton icon="settings" label="Settings" shortcut={`${MOD},`} onClick={openSettings} />
      </div>
    </header>
  );
}
