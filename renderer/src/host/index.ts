// The renderer's one way to files and the OS: the desktop host exposed by the
// preload, or the HTTP client of the browser host. Nothing else in the renderer
// knows which one it is talking to.
import { HOST_GLOBAL, type HostApi } from '../../../shared/host/contract';
import { createBrowserHost } from './browser';

let host: HostApi | null = null;

export function getHost(): HostApi {
  if (!host) {
    const exposed = (window as unknown as Record<string, unknown>)[HOST_GLOBAL] as HostApi | undefined;
    host = exposed ?? createBrowserHost();
  }
  return host;
}

/** True when running under the desktop app's preload. */
export function isDesktopHost(): boolean {
  return Boolean((window as unknown as Record<string, unknown>)[HOST_GLOBAL]);
}

/** A message for a person from anything a host call threw. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
