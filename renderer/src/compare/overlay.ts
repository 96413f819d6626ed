// Compare mode on the canvas: the canvas's own nodes and flows, each marked with
// how it differs from the other copy (a class and a description), plus ghosts for
// what only the other copy has. With compare mode off the canvas's arrays pass
// through untouched, so the overlay costs nothing then.
import { MarkerType } from '@xyflow/react';
import { useMemo } from 'react';
import type { CatalogKey, Translator } from '../../../shared/i18n/index';
import type { FlowEdge, FlowNode } from '../canvas/flowModel';
import { edgeLabelText } from '../canvas/flowModel';
import { useT } from '../i18n';
import { useCompareView, type CompareStatus, type CompareView } from './compareView';
import type { GhostFlowNode } from './GhostNodeView';

/** Ghosts get ids no plan entity has, so they never mix with the plan's own. */
export const GHOST_PREFIX = 'compare-ghost:';
export const ghostId = (id: string): string => `${GHOST_PREFIX}${id}`;

const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18 } as const;

type T = Translator['t'];

const NOTES: Record<CompareStatus | 'same', CatalogKey> = {
  added: 'ui.compare.status.added',
  removed: 'ui.compare.status.removed',
  changed: 'ui.compare.status.changed',
  moved: 'ui.compare.status.moved',
  same: 'ui.compare.status.same',
};

/** What a marker says about an entity of the open plan. */
export const statusNote = (status: CompareStatus | undefined, shortName: string, t: T): string => t(NOTES[status ?? 'same'], { name: shortName });

/** The marker zoomed far out, where only a word fits. */
const SHORT: Record<CompareStatus, CatalogKey> = {
  added: 'ui.compare.short.added',
  removed: 'ui.compare.short.removed',
  changed: 'ui.compare.short.changed',
  moved: 'ui.compare.short.moved',
};

/** Per input object and status: the marked copy, so unchanged nodes keep their identity across renders. */
type MarkCache<T extends object> = WeakMap<T, Map<string, T>>;

function marked<I extends { className?: string; domAttributes?: unknown }>(cache: MarkCache<I>, item: I, status: CompareStatus | 'same', note: string, t: T): I {
  let byStatus = cache.get(item);
  if (!byStatus) cache.set(item, (byStatus = new Map()));
  const key = `${status}\u0000${note}`;
  let copy = byStatus.get(key);
  if (!copy) {
    const className = (item.className ?? '')
      .split(' ')
      // Readiness colours of flows would read as compare colours; compare mode shows differences only.
      .filter((name) => name && name !== 'edge--error' && name !== 'edge--warning')
      .concat(`compare--${status}`)
      .join(' ');
    copy = { ...item, className };
    if (note) {
      const attributes = { 'data-compare-note': note, 'data-compare-short': status === 'same' ? '' : t(SHORT[status]), 'aria-description': note };
      copy.domAttributes = { ...(item.domAttributes as object | undefined), ...attributes };
    }
    byStatus.set(key, copy);
  }
  return copy;
}

function overlayNodes(view: CompareView, nodes: FlowNode[], cache: MarkCache<FlowNode>, t: T): FlowNode[] {
  const out = nodes.map((node) => {
    const status = view.nodeStatus.get(node.id);
    return marked(cache, node, status ?? 'same', status ? statusNote(status, view.shortName, t) : '', t);
  });
  const taken = new Set(nodes.map((n) => n.id));
  for (const node of view.addedNodes) {
    const id = ghostId(node.id);
    if (taken.has(id)) continue;
    const ghost: GhostFlowNode = {
      id,
      type: 'compare-ghost',
      position: node.position,
      data: { node, marker: statusNote('added', view.shortName, t) },
      selectable: false,
      draggable: false,
      connectable: false,
      deletable: false,
      focusable: false,
      ariaRole: 'group',
      ariaLabel: node.title,
      className: 'compare-ghost compare--added',
      domAttributes: { 'aria-description': statusNote('added', view.shortName, t) } as GhostFlowNode['domAttributes'],
    };
    // The canvas's node list is typed for its own two node types; a ghost is a third one it only draws.
    out.push(ghost as unknown as FlowNode);
  }
  return out;
}

function overlayEdges(view: CompareView, edges: FlowEdge[], cache: MarkCache<FlowEdge>, t: T): FlowEdge[] {
  const out = edges.map((edge) => {
    const status = view.edgeStatus.get(edge.id);
    return marked(cache, edge, status ?? 'same', status ? statusNote(status, view.shortName, t) : '', t);
  });
  const addedNodes = new Set(view.addedNodes.map((n) => n.id));
  const titles = new Map((view.other.plan.nodes ?? []).map((n) => [n.id, n.title]));
  const end = (id: string): string | null => (addedNodes.has(id) ? ghostId(id) : view.currentNodeIds.has(id) ? id : null);
  for (const edge of view.addedEdges) {
    const source = end(edge.source);
    const target = end(edge.target);
    if (!source || !target) continue;
    const note = statusNote('added', view.shortName, t);
    out.push({
      id: ghostId(edge.id),
      type: 'plan',
      source,
      target,
      label: edgeLabelText(edge) || undefined,
      className: 'flow-edge compare-ghost-edge compare--added',
      selectable: false,
      focusable: false,
      deletable: false,
      ariaLabel: t('ui.compare.ghost.flowLabel', { source: titles.get(edge.source) ?? edge.source, target: titles.get(edge.target) ?? edge.target }),
      domAttributes: { 'aria-description': note } as FlowEdge['domAttributes'],
      markerEnd: ARROW,
    });
  }
  return out;
}

/** The canvas's nodes and flows with compare mode's marks and ghosts; the inputs themselves when compare mode is off. */
export function useCompareOverlay(nodes: FlowNode[], edges: FlowEdge[]): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const view = useCompareView();
  const t = useT();
  const nodeCache = useMemo<MarkCache<FlowNode>>(() => new WeakMap(), []);
  const edgeCache = useMemo<MarkCache<FlowEdge>>(() => new WeakMap(), []);
  const overlaidNodes = useMemo(() => (view ? overlayNodes(view, nodes, nodeCache, t) : nodes), [view, nodes, nodeCache, t]);
  const overlaidEdges = useMemo(() => (view ? overlayEdges(view, edges, edgeCache, t) : edges), [view, edges, edgeCache, t]);
  return { nodes: overlaidNodes, edges: overlaidEdges };
}
