// The top bar's panel switches: hide or show the palette, inspector and readiness
// panel one by one, or all at once in focus mode. Their names say what a press does.
import { useT } from '../i18n';
import { selectPanelVisible, toggleFocusMode, togglePanel, useLayout, type PanelName } from './layout';
import { shortcutText } from './shortcutList';

/** A window outline with the panel's side filled in. */
function PanelIcon({ panel }: { panel: PanelName | 'focus' }) {
  const filled = {
    palette: <rect x="3" y="4" width="6" height="16" rx="1" />,
    inspector: <rect x="15" y="4" width="6" height="16" rx="1" />,
    readiness: <rect x="3" y="14" width="18" height="6" rx="1" />,
    focus: null,
  }[panel];
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {panel === 'focus' ? <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 12h6" /> : <rect x="3" y="4" width="18" height="16" rx="2" />}
      {filled && <g fill="currentColor" fillOpacity={0.35} stroke="none">{filled}</g>}
    </svg>
  );
}

function PanelButton({ panel }: { panel: PanelName }) {
  const t = useT();
  const visible = useLayout(selectPanelVisible(panel));
  const label = visible ? t('ui.app.panels.hide', { panel }) : t('ui.app.panels.show', { panel });
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={t('ui.app.withShortcut', { label, keys: shortcutText(`toggle-${panel}`) })}
      onClick={() => togglePanel(panel)}
    >
      <PanelIcon panel={panel} />
    </button>
  );
}

export function PanelToggles() {
  const t = useT();
  const focus = useLayout((s) => s.focus);
  return (
    <span className="panel-toggles" role="group" aria-label={t('ui.app.panels.group')}>
      <PanelButton panel="palette" />
      <PanelButton panel="readiness" />
      <PanelButton panel="inspector" />
      <button
        type="button"
        className={`tool${focus ? ' is-pressed' : ''}`}
        aria-label={t('ui.app.panels.focus')}
        aria-pressed={focus}
        title={t('ui.app.panels.focusTitle', { keys: shortcutText('focus-mode') })}
        onClick={toggleFocusMode}
      >
        <PanelIcon panel="focus" />
      </button>
    </span>
  );
}
