// What checklist items and requirements have in common: both are lists of
// entities with plan-wide unique ids, held by a node. One set of helpers serves both.
import type { Plan, PlanNode } from '../model/types.js';
import { applyPatch, dropFromList, idInUse, insertAt, mapList, mapNodes, moveInList, updateInList, withoutUndefined, type Patch } from './shared.js';

export type NodeItemKey = 'checklist' | 'requirements';
type ItemOf<K extends NodeItemKey> = NonNullable<PlanNode[K]>[number];

const NONE: never[] = [];

/** The node's list, or one shared empty list (so "unchanged" can be seen by identity). */
function itemsOf<K extends NodeItemKey>(node: PlanNode, key: K): ItemOf<K>[] {
  return (node[key] ?? NONE) as ItemOf<K>[];
}

function setItems<K extends NodeItemKey>(node: PlanNode, key: K, items: ItemOf<K>[]): PlanNode {
  return items === itemsOf(node, key) ? node : { ...node, [key]: items };
}

/** Add an item to a node's list (at `index`, or last); unchanged when the node is missing or the id taken. */
export function addNodeItem<K extends NodeItemKey>(plan: Plan, key: K, nodeId: string, item: ItemOf<K>, index?: number): Plan {
  if (idInUse(plan, item.id)) return plan;
  return updateInList(plan, 'nodes', nodeId, (node) => ({ ...node, [key]: insertAt(itemsOf(node, key), withoutUndefined(item), index) }));
}

/** Map the item of `itemId`, wherever it lives; the same plan when absent or unchanged. */
export function mapNodeItem<K extends NodeItemKey>(plan: Plan, key: K, itemId: string, fn: (item: ItemOf<K>) => ItemOf<K>): Plan {
  return mapNodes(plan, (node) => {
    const items = itemsOf(node, key);
    return setItems(node, key, mapList(items, (item) => (item.id === itemId ? fn(item) : item)));
  });
}

export function updateNodeItem<K extends NodeItemKey>(plan: Plan, key: K, itemId: string, patch: Patch<ItemOf<K>>): Plan {
  return mapNodeItem(plan, key, itemId, (item) => applyPatch(item, patch as Partial<ItemOf<K>>));
}

export function moveNodeItem<K extends NodeItemKey>(plan: Plan, key: K, itemId: string, toIndex: number): Plan {
  return mapNodes(plan, (node) => setItems(node, key, moveInList(itemsOf(node, key), itemId, toIndex)));
}

export function removeNodeItem<K extends NodeItemKey>(plan: Plan, key: K, itemId: string): Plan {
  return mapNodes(plan, (node) => setItems(node, key, dropFromList(itemsOf(node, key), (item) => item.id === itemId)));
}
