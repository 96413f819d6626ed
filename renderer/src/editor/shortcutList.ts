// Every keyboard shortcut of the editor, as people read them: the shortcuts sheet
// (`?`) lists these, and buttons name their shortcut in their tooltip from here.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';
const ALT = isMac ? '⌥' : 'Alt+';

export interface Shortcut {
  id: string;
  keys: string;
  does: string;
}

export const SHORTCUT_GROUPS: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: 'Canvas',
    shortcuts: [
      { id: 'rename', keys: 'F2 or Enter', does: 'Edit the selected node’s title (Enter keeps, Escape cancels)' },
      { id: 'connect-to', keys: 'C', does: 'Connect the selected node to…' },
      { id: 'fit-view', keys: `F or ${MOD}0`, does: 'Fit the plan in view' },
      { id: 'zoom', keys: `${MOD}= / ${MOD}-`, does: 'Zoom in / out' },
      { id: 'find', keys: `${MOD}F`, does: 'Find a node' },
      { id: 'move', keys: 'Arrow keys', does: 'Move the selected nodes' },
      { id: 'tab', keys: 'Tab', does: 'Next node, then the flows' },
      { id: 'deselect', keys: 'Escape', does: 'Clear the selection' },
    ],
  },
  {
    title: 'Edit',
    shortcuts: [
      { id: 'undo', keys: `${MOD}Z / ${MOD}Shift+Z`, does: 'Undo / redo' },
      { id: 'duplicate', keys: `${MOD}D`, does: 'Duplicate' },
      { id: 'clipboard', keys: `${MOD}C / ${MOD}X / ${MOD}V`, does: 'Copy / cut / paste (also between plans)' },
      { id: 'delete', keys: 'Delete', does: 'Delete the selection' },
      { id: 'select-all', keys: `${MOD}A`, does: 'Select everything' },
      { id: 'auto-layout', keys: `${MOD}Shift+L`, does: 'Auto-layout' },
    ],
  },
  {
    title: 'Window',
    shortcuts: [
      { id: 'toggle-palette', keys: `${MOD}${ALT}3`, does: 'Hide or show the palette' },
      { id: 'toggle-inspector', keys: `${MOD}${ALT}1`, does: 'Hide or show the inspector' },
      { id: 'toggle-readiness', keys: `${MOD}${ALT}2`, does: 'Hide or show the readiness panel' },
      { id: 'focus-mode', keys: `${MOD}.`, does: 'Focus mode: only the canvas' },
      { id: 'save', keys: `${MOD}S`, does: 'Save' },
      { id: 'export', keys: `${MOD}E`, does: 'Export' },
      { id: 'shortcuts', keys: '?', does: 'This list' },
    ],
  },
];

const BY_ID = new Map(SHORTCUT_GROUPS.flatMap((g) => g.shortcuts.map((s) => [s.id, s.keys] as const)));

/** The keys of a shortcut, for a tooltip. */
export function shortcutText(id: string): string {
  return BY_ID.get(id) ?? '';
}
