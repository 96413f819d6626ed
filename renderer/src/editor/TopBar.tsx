// The editor's top bar: what is open (title, phase, unsaved changes) and the
// document-level actions.
import { CompareMenu } from '../compare/CompareMenu';
import { LaneFrameTools } from '../canvas/LaneFrameTools';
import { useT } from '../i18n';
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
  keepLabel,
}: {
  icon: IconName;
  label: string;
  shortcut?: string;
  onClick(): void;
  disabled?: boolean;
  pressed?: boolean;
  showLabel?: boolean;
  /** Keep the word beside the icon in a narrow window too (others show their icon only there). */
  keepLabel?: boolean;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className={`tool${showLabel ? ' tool--labelled' : ''}${keepLabel ? ' tool--keep-label' : ''}${pressed ? ' is-pressed' : ''}`}
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? t('ui.app.withShortcut', { label, keys: shortcut }) : label}
      onClick={onClick}
      disabled={disabled}
    >
      <Icon name={icon} size={16} />
      {showLabel && <span>{label}</span>}
    </button>
  );
}

export function TopBar() {
  const t = useT();
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
      <button type="button" className="brand" title={t('ui.app.topBar.brand')} onClick={() => runCommand('close')}>
        <span className="brand__mark">
          <Icon name="logo" size={16} />
        </span>
        <span className="brand__name">Handoff Studio</span>
      </button>
      <div className="topbar__doc">
        <PlanTitleField />
        <span className="topbar__file" title={hasFile || live ? fileName : t('ui.app.topBar.notSavedYet')}>
          {hasFile || live ? fileName : t('ui.app.topBar.notSavedYet')}
        </span>
        {phase && <span className="phase-chip">{t(`vocab.phase.${phase}`)}</span>}
        {live && <WorkshopStatus />}
        {live ? null : readOnly ? (
          <span className="status-chip status-chip--readonly">
            <Icon name="lock" size={12} /> {t('ui.app.topBar.readOnly')}
          </span>
        ) : dirty ? (
          <span className="status-chip status-chip--dirty" role="status" aria-label={t('ui.app.topBar.unsavedChanges')}>
            <span className="dot" /> {t('ui.app.topBar.unsaved')}
          </span>
        ) : (
          <span className="status-chip status-chip--saved" role="status" aria-label={t('ui.app.topBar.allSaved')}>
            {t('ui.app.topBar.saved')}
          </span>
        )}
      </div>
      <div className="topbar__tools" role="toolbar" aria-label={t('ui.app.topBar.tools')}>
        <ToolButton
          icon="undo"
          label={t('ui.app.topBar.undo')}
          shortcut={undoLabel ? t('ui.app.topBar.lastStep', { step: undoLabel, keys: `${MOD}Z` }) : `${MOD}Z`}
          onClick={() => runCommand('undo')}
          disabled={!canUndo}
        />
        <ToolButton
          icon="redo"
          label={t('ui.app.topBar.redo')}
          shortcut={redoLabel ? t('ui.app.topBar.lastStep', { step: redoLabel, keys: `${MOD}Shift+Z` }) : `${MOD}Shift+Z`}
          onClick={() => runCommand('redo')}
          disabled={!canRedo}
        />
        <span className="topbar__sep" />
        <PanelToggles />
        <span className="topbar__sep" />
        <ToolButton icon="layout" label={t('ui.app.topBar.autoLayout')} shortcut={`${MOD}Shift+L`} onClick={() => runCommand('auto-layout')} disabled={readOnly} />
        <ToolButton icon="search" label={t('ui.app.topBar.findNode')} shortcut={`${MOD}F`} onClick={() => runCommand('find')} />
        <ToolButton icon="users" label={t('ui.app.topBar.ownership')} onClick={() => runCommand('toggle-ownership')} pressed={ownershipView} showLabel />
        <LaneFrameTools />
        <CompareMenu />
        {facilitates && <ToolButton icon="clock" label={t('ui.app.topBar.facilitate')} onClick={() => toggleTools(toolsShown)} pressed={toolsShown} showLabel />}
        <span className="topbar__sep" />
        <ToolButton icon="export" label={t('ui.app.topBar.export')} shortcut={`${MOD}E`} onClick={() => runCommand('export')} showLabel keepLabel />
        {live ? (
          <button type="button" className="btn topbar__save" onClick={() => runCommand('save-as')} title={t('ui.app.topBar.saveCopyTitle')}>
            <Icon name="save" size={15} />
            {t('ui.app.topBar.saveCopy')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn--primary topbar__save"
            onClick={() => runCommand('save')}
            disabled={readOnly && !hasFile}
            title={t('ui.app.withShortcut', { label: t('ui.app.topBar.save'), keys: `${MOD}S` })}
          >
            <Icon name="save" size={15} />
            {t('ui.app.topBar.save')}
          </button>
        )}
        <ToolButton icon="settings" label={t('ui.app.topBar.settings')} shortcut={`${MOD},`} onClick={openSettings} />
      </div>
    </header>
  );
}
