// The access token of a server other computers can reach: whoever presents it
// (`Authorization: Bearer T`) may use the host API, nobody else gets plan data.
// The page learns it from the link's fragment (`#token=T`), which browsers never
// send, so it stays out of request lines and server logs.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** 22 base64url characters carry 132 bits: shorter tokens could be guessed. */
export const MIN_TOKEN_LENGTH = 22;

/** Characters that survive a URL fragment, URLSearchParams and a Bearer header unchanged. */
const TOKEN_CHARACTERS = /^[A-Za-z0-9._~-]+$/;

/** What the API answers (401) to a request without the right token; the editor shows it as is. */
export const TOKEN_REQUIRED_MESSAGE =
  'This server needs the link with its access token. Open the link that handoff serve printed (it ends in #token=…); a link from an earlier run may no longer work.';

/** A fresh random token: 192 bits, base64url (32 characters). */
export function createAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Why `token` cannot be an access token, or undefined when it can. */
export function tokenProblem(token: string): string | undefined {
  if (token.length < MIN_TOKEN_LENGTH) return `the access token must be at least ${MIN_TOKEN_LENGTH} characters long (it has ${token.length}); leave --token out to get a random one`;
  if (!TOKEN_CHARACTERS.test(token)) return 'the access token may contain only letters, digits and - . _ ~';
  return undefined;
}

/** The token a request presents in `Authorization: Bearer T`, or undefined. */
export function tokenFromRequest(req: Pick<IncomingMessage, 'headers'>): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * A check that `presented` is `expected`, in constant time: both sides are hashed
 * first, so neither the comparison nor the lengths say how close a guess was.
 */
export function tokenMatcher(expected: string): (presented: string | undefined) => boolean {
  const wanted = digest(expected);
  return (presented) => presented !== undefined && timingSafeEqual(digest(presented), wanted);
}

/** The link that opens the editor with the token: in the fragment, never sent to a server. */
export function linkWithToken(url: string, token: string): string {
  return `${url}#token=${token}`;
}
