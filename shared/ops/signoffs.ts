// Signing off a handoff point or a phase gate (docs/format-extensions.md). A
// sign-off is never edited or removed by the editor: signing again appends a new
// one, so the stale ones stay as history.
import type { Plan, SignOff } from '../model/types.js';
import { signedHash } from '../signoff/content.js';
import { collectIds } from '../model/ids.js';
import { withoutUndefined } from './shared.js';

/** What the signer chooses; the hash is computed here from the plan as it is now. */
export type NewSignOff = Pick<SignOff, 'id' | 'personId' | 'role' | 'date' | 'nodeId' | 'gate' | 'note'>;

/** Append a sign-off of what `signoff.nodeId` or `signoff.gate` names, as the plan is now. */
export function signOff(plan: Plan, signoff: NewSignOff): Plan {
  if (collectIds(plan).has(signoff.id)) return plan;
  if (signoff.nodeId !== undefined && !(plan.nodes ?? []).some((n) => n.id === signoff.nodeId)) return plan;
  const hash = signedHash(plan, signoff);
  return { ...plan, signoffs: [...(plan.signoffs ?? []), withoutUndefined({ ...signoff, hash } as SignOff)] };
}
