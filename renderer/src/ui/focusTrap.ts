// Modal dialogs keep the keyboard inside: Tab from the last control goes to the
// first and Shift+Tab from the first to the last.
import type { KeyboardEvent } from 'react';

/** The controls Tab can reach in the dialog now (enabled, shown; of a radio group only the checked one). */
function tabbable(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('button, input, select, textarea, iframe, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
}

/** Call on the dialog's Tab key down. */
export function keepFocusInside(dialog: HTMLElement, event: KeyboardEvent): void {
  const focusable = tabbable(dialog);
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
