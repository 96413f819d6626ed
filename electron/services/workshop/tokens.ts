// The three join tokens of a workshop, one per role (spec: workshop.md, "Roles").
// Whoever presents a token has its role; a token is compared in constant time
// against all three, so neither timing nor length says which role was close.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const WORKSHOP_ROLES = ['facilitator', 'participant', 'viewer'] as const;
export type WorkshopRole = (typeof WORKSHOP_ROLES)[number];
export type RoleTokens = Record<WorkshopRole, string>;

/** 192 bits each, base64url: safe in a URL fragment and a provider's `token`. */
export function createRoleTokens(): RoleTokens {
  return {
    facilitator: randomBytes(24).toString('base64url'),
    participant: randomBytes(24).toString('base64url'),
    viewer: randomBytes(24).toString('base64url'),
  };
}

export function isRoleTokens(value: unknown): value is RoleTokens {
  if (typeof value !== 'object' || value === null) return false;
  return WORKSHOP_ROLES.every((role) => {
    const token = (value as Record<string, unknown>)[role];
    return typeof token === 'string' && /^[A-Za-z0-9_-]{22,}$/.test(token);
  });
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** The role a presented token grants, or undefined. Checks every role, whatever matched. */
export function roleForToken(tokens: RoleTokens, presented: unknown): WorkshopRole | undefined {
  if (typeof presented !== 'string' || presented.length === 0 || presented.length > 512) return undefined;
  const given = digest(presented);
  let found: WorkshopRole | undefined;
  for (const role of WORKSHOP_ROLES) if (timingSafeEqual(digest(tokens[role]), given) && found === undefined) found = role;
  return found;
}

/** The editor link for a role: the token in the fragment, so it never reaches a server log. */
export function workshopLink(baseUrl: string, token: string): string {
  return `${baseUrl}?workshop=1#token=${token}`;
}
