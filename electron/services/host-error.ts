// An error that is the user's (or the request's), not a bug: a missing file, a
// ref outside the served folder, a key with a slash. Hosts show `message` as is;
// the HTTP server maps `code` to a status.

export type HostErrorCode = 'bad-request' | 'forbidden' | 'not-found' | 'too-large' | 'unavailable';

const HTTP_STATUS: Record<HostErrorCode, number> = {
  'bad-request': 400,
  forbidden: 403,
  'not-found': 404,
  'too-large': 413,
  unavailable: 503,
};

export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isHostError(err: unknown): err is HostError {
  return err instanceof HostError;
}

/** The errno code of a Node fs error (`ENOENT`, ...), or undefined. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
