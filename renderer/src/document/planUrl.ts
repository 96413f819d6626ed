// Browser URL ↔ open plan: `/?plan=<ref>` opens a plan, and the address follows
// the plan that is open so a reload (or a shared link) comes back to it.
import { isDesktopHost } from '../host';

export function planRefFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get('plan');
}

export function syncUrlWithPlan(ref: string | undefined): void {
  if (isDesktopHost()) return;
  const url = new URL(window.location.href);
  if (ref) url.searchParams.set('plan', ref);
  else url.searchParams.delete('plan');
  if (url.href !== window.location.href) window.history.replaceState(null, '', url);
}
