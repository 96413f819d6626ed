// What a Yjs update would change, named as (top-level type, key under it): e.g.
// `nodes`/`n-3` for any field of node n-3, `timer`/`endsAt`. The host reads it off
// an update before applying it, so it can refuse what a person's role or a lock does
// not allow, without applying the update to a copy of the document first.
import * as Y from 'yjs';

export interface Touched {
  root: string;
  /** The key under the root map; undefined for a root that is not a map. */
  key?: string;
}

type DecodedItem = Y.Item & { parent: Y.AbstractType<unknown> | Y.ID | string | null };

const idKey = (id: Y.ID): string => `${id.client}:${id.clock}`;

/** Every (root, key) the update inserts into or deletes from, given the document it will be applied to. */
export function touchedByUpdate(doc: Y.Doc, update: Uint8Array): Touched[] {
  const { structs, ds } = Y.decodeUpdate(update);
  const pending = new Map<number, DecodedItem[]>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = pending.get(struct.id.client) ?? [];
    list.push(struct as DecodedItem);
    pending.set(struct.id.client, list);
  }
  const found = new Map<string, Touched>();
  const add = (touched: Touched | undefined) => {
    if (touched) found.set(`${touched.root}\u0000${touched.key ?? ''}`, touched);
  };

  /** The decoded or integrated item holding `id`. */
  const findItem = (id: Y.ID): DecodedItem | undefined => {
    const decoded = pending.get(id.client)?.find((item) => id.clock >= item.id.clock && id.clock < item.id.clock + item.length);
    if (decoded) return decoded;
    const stored = doc.store.clients.get(id.client);
    if (!stored || stored.length === 0) return undefined;
    const last = stored[stored.length - 1];
    if (id.clock >= last.id.clock + last.length) return undefined;
    const struct = Y.getItem(doc.store, id);
    return struct instanceof Y.Item ? (struct as DecodedItem) : undefined;
  };

  const seen = new Set<string>();
  const locate = (item: DecodedItem, depth = 0): Touched | undefined => {
    if (depth > 64) return undefined;
    const parent = item.parent;
    if (parent instanceof Y.AbstractType) return locateIntegrated(parent, item.parentSub);
    if (typeof parent === 'string') return { root: parent, key: item.parentSub ?? undefined };
    if (parent !== null && typeof parent === 'object' && 'client' in parent) {
      const holder = findItem(parent as Y.ID);
      // The item sits inside a shared type held by `holder`: it belongs where the holder does.
      return holder ? locate(holder, depth + 1) : undefined;
    }
    // No parent written: it is the same as the item's neighbour's.
    const origin = item.origin ?? item.rightOrigin;
    if (!origin || seen.has(idKey(origin))) return undefined;
    seen.add(idKey(origin));
    const neighbour = findItem(origin);
    return neighbour ? locate(neighbour, depth + 1) : undefined;
  };

  for (const list of pending.values()) for (const item of list) add(locate(item));

  // Deletions: the items must already be in the document.
  for (const [client, ranges] of ds.clients) {
    const stored = doc.store.clients.get(client);
    if (!stored) continue;
    const end = stored[stored.length - 1].id.clock + stored[stored.length - 1].length;
    for (const range of ranges) {
      if (range.clock >= end) continue;
      for (let i = Y.findIndexSS(stored, Math.max(range.clock, stored[0].id.clock)); i < stored.length && stored[i].id.clock < range.clock + range.len; i++) {
        const struct = stored[i];
        if (struct instanceof Y.Item) add(locate(struct as DecodedItem));
      }
    }
  }
  return [...found.values()];
}

function locateIntegrated(type: Y.AbstractType<unknown>, sub: string | null): Touched | undefined {
  let current = type;
  let key = sub;
  while (current._item !== null) {
    key = current._item.parentSub;
    current = current._item.parent as Y.AbstractType<unknown>;
  }
  const root = Y.findRootTypeKey(current);
  return { root, key: key ?? undefined };
}
