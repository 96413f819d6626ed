// Every keyboard shortcut of the editor, as people read them: the shortcuts sheet
// (`?`) lists these, and buttons name their shortcut in their tooltip from here.
import type { Translator } from '../../../shared/i18n/index';
import { uiT } from '../i18n';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';
const ALT = isMac ? '⌥' : 'Alt+';

export interface Shortcut {
  id: string;
  keys: string;
  does: string;
}

export interface ShortcutGroup {
  id: string;
  title: string;
  shortcuts: Shortcut[];
}

/** Every shortcut, grouped, in the interface language (`t` from useT() in a component). */
export function shortcutGroups(t: Translator['t'] = uiT): ShortcutGroup[] {
  return [
    {
      id: 'canvas',
      title: t('ui.app.shortcuts.canvas'),
      shortcuts: [
        { id: 'rename', keys: t('ui.app.shortcuts.keys.rename'), does: t('ui.app.shortcuts.does.rename') },
        { id: 'connect-to', keys: 'C', does: t('ui.app.shortcuts.does.connectTo') },
        { id: 'fit-view', keys: t('ui.app.shortcuts.keys.fitView', { mod: MOD }), does: t('ui.app.shortcuts.does.fitView') },
        { id: 'zoom', keys: `${MOD}= / ${MOD}-`, does: t('ui.app.shortcuts.does.zoom') },
        { id: 'find', keys: `${MOD}F`, does: t('ui.app.shortcuts.does.find') },
        { id: 'lane-view', keys: 'L', does: t('ui.canvas.lanes.shortcut') },
        { id: 'frame-selection', keys: `${MOD}Shift+G`, does: t('ui.canvas.frames.shortcut') },
        { id: 'move', keys: t('ui.app.shortcuts.keys.arrows'), does: t('ui.app.shortcuts.does.move') },
        { id: 'tab', keys: 'Tab', does: t('ui.app.shortcuts.does.tab') },
        { id: 'deselect', keys: 'Escape', does: t('ui.app.shortcuts.does.deselect') },
      ],
    },
    {
      id: 'edit',
      title: t('ui.app.shortcuts.edit'),
      shortcuts: [
        { id: 'undo', keys: `${MOD}Z / ${MOD}Shift+Z`, does: t('ui.app.shortcuts.does.undo') },
        { id: 'duplicate', keys: `${MOD}D`, does: t('ui.app.shortcuts.does.duplicate') },
        { id: 'clipboard', keys: `${MOD}C / ${MOD}X / ${MOD}V`, does: t('ui.app.shortcuts.does.clipboard') },
        { id: 'delete', keys: 'Delete', does: t('ui.app.shortcuts.does.delete') },
        { id: 'select-all', keys: `${MOD}A`, does: t('ui.app.shortcuts.does.selectAll') },
        { id: 'auto-layout', keys: `${MOD}Shift+L`, does: t('ui.app.shortcuts.does.autoLayout') },
        { id: 'align', keys: `${ALT}Shift+L / C / R / T / M / B`, does: t('ui.canvas.selection.shortcutAlign') },
        { id: 'distribute', keys: `${ALT}Shift+H / V`, does: t('ui.canvas.selection.shortcutDistribute') },
      ],
    },
    {
      id: 'window',
      title: t('ui.app.shortcuts.window'),
      shortcuts: [
        { id: 'toggle-palette', keys: `${MOD}${ALT}3`, does: t('ui.app.shortcuts.does.togglePalette') },
        { id: 'toggle-inspector', keys: `${MOD}${ALT}1`, does: t('ui.app.shortcuts.does.toggleInspector') },
        { id: 'toggle-readiness', keys: `${MOD}${ALT}2`, does: t('ui.app.shortcuts.does.toggleReadiness') },
        { id: 'focus-mode', keys: `${MOD}.`, does: t('ui.app.shortcuts.does.focusMode') },
        { id: 'save', keys: `${MOD}S`, does: t('ui.app.shortcuts.does.save') },
        { id: 'export', keys: `${MOD}E`, does: t('ui.app.shortcuts.does.export') },
        { id: 'shortcuts', keys: '?', does: t('ui.app.shortcuts.does.shortcuts') },
      ],
    },
  ];
}

/** The keys of a shortcut, for a tooltip. */
export function shortcutText(id: string): string {
  return shortcutGroups().flatMap((g) => g.shortcuts).find((s) => s.id === id)?.keys ?? '';
}
