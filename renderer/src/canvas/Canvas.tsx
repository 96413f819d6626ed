// The pipeline canvas. The plan in the document store is the truth: nodes and
// edges are derived from it (flowModel.ts), selection lives in the store, and
// only the positions of nodes being dragged are held here until the drop, which
// becomes one `moveNodes` operation (one undo step).
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useStore,
  type Connection,
  type Edge,
  type EdgeChange,
  type NodeChange,
  type ReactFlowInstance,
  type ReactFlowState,
  type XYPosition,
} from '@xyflow/react';
import { flowAriaLabels } from './flowAriaLabels';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { CompareLayer } from '../compare/CompareLayer';
import { COMPARE_NODE_TYPES } from '../compare/GhostNodeView';
import { useCompareOverlay } from '../compare/overlay';
import { NODE_TYPES, type NodeType } from '../../../shared/model/vocabulary';
import { moveNodes } from '../../../shared/ops/index';
import { uiT, useLanguageStore, useT } from '../i18n';
import { REVEAL_EVENT, type RevealDetail } from '../panels/reveal';
import { analyzePlan } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import { useViewStore } from '../store/viewStore';
import { Icon } from '../ui/icons';
import { publishDrag, usePresence } from '../workshop/presence';
import { WorkshopLayer } from '../workshop/WorkshopLayer';
import { FacilitationLayer } from '../facilitation/FacilitationLayer';
import { useCanvasLocked, useLockedNodes } from '../facilitation/locks';
import { FarZoomClass } from './FarZoomClass';
import { flowsIn, useNearRegion } from './nearRegion';
import { useArriving } from './arriving';
import { FarEdges } from './FarEdges';
import { FlowCache, GRID, isLargePlan, MAX_ZOOM, MIN_ZOOM, PALETTE_DRAG_TYPE, type FlowEdge, type FlowNode } from './flowModel';
import { EDGE_TYPES_MAP } from './PlanEdgeView';
import { OwnershipLegend } from './OwnershipLegend';
import { NODE_TYPES_MAP } from './PlanNodeView';
import { SearchBox } from './SearchBox';
import { flow as flowInstance, registerFlow, revealNodes } from './viewport';
import { addNodeOfType } from './editing';
import { connectNodes, reconnectEdge } from './connecting';
import { OpeningView } from './OpeningView';
import { dropNodes } from './dropNodes';
import { FRAME_NODE_TYPES } from './FrameNodeView';
import { isFrameNode, useFrameLayer } from './frames';
import { LaneLayer } from './LaneLayer';
import { startTitleEdit } from './titleEditing';
import { useCanvasTabOrder } from './tabOrder';
import { endGuides, snapToGuides } from './guideSnapping';
import { SmartGuides } from './SmartGuides';
import { SelectionToolbar } from './SelectionToolbar';

const SNAP_GRID: [number, number] = [GRID, GRID];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_VIEW_OPTIONS = { padding: 0.06, maxZoom: 1.1 };
const MINIMAP_STYLE = { width: 168, height: 104 };
const PRO_OPTIONS = { hideAttribution: true };
const NODE_VIEWS = { ...NODE_TYPES_MAP, ...COMPARE_NODE_TYPES, ...FRAME_NODE_TYPES };


/** A frame with a small view rectangle in its corner: the minimap toggle. */
function MinimapIcon() {
  return (
    <svg className="icon" width={14} height={14} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <rect x="12" y="12" width="6" height="5" rx="1" />
    </svg>
  );
}

/** How many of a new near region's flows React Flow mounts in one frame (useArriving). */
const FLOWS_PER_FRAME = 80;
const NO_NODES: ReadonlyMap<string, FlowNode> = new Map();
const selectOpening = (s: ReactFlowState): boolean => s.fitViewQueued;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function Canvas() {
  const t = useT();
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  // Flows' accessible names and protocol labels are in the interface language: rebuilt when it changes.
  const lang = useLanguageStore((s) => s.lang);
  const plan = useDocumentStore((s) => s.plan);
  const selectedNodeIds = useDocumentStore((s) => s.selection.nodeIds);
  const selectedEdgeIds = useDocumentStore((s) => s.selection.edgeIds);
  const readOnly = useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));
  const ownershipView = useViewStore((s) => s.ownershipView);
  const snapToGrid = useViewStore((s) => s.snapToGrid);
  const theme = useViewStore((s) => s.theme);
  const searchOpen = useViewStore((s) => s.searchOpen);
  const laneView = useDocumentStore((s) => Boolean(s.plan?.layout?.lanes));

  const large = isLargePlan(plan);
  // Every node stays mounted (FarZoomClass.tsx), except while the opening fit view is
  // queued: the nodes are first drawn at zoom 1, where only the few in view need to be.
  const opening = useStore(selectOpening);
  // The minimap redraws on every frame of a pan (about 10 ms at 1,000 nodes), so a
  // large plan starts without it; the user's choice holds for the plan it was made on.
  const [minimapChoice, setMinimapChoice] = useState<{ planId: string; shown: boolean } | null>(null);
  const minimapShown = plan && minimapChoice?.planId === plan.id ? minimapChoice.shown : !large;

  const cache = useMemo(() => new FlowCache(), []);
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const dragRef = useRef<Map<string, XYPosition>>(new Map());
  /** True between a drag's start and stop; position changes outside a drag (arrow keys) apply at once. */
  const draggingRef = useRef(false);

  const analysis = plan ? analyzePlan(plan) : null;
  const baseNodes = useMemo(
    () => (plan && analysis ? cache.buildNodes(plan, analysis, new Set(selectedNodeIds)) : []),
    [plan, analysis, selectedNodeIds, cache],
  );
  const edges = useMemo(
    () => (plan && analysis ? cache.buildEdges(plan, analysis, new Set(selectedEdgeIds)) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- lang: the labels are read through uiT
    [plan, analysis, selectedEdgeIds, cache, lang],
  );
  // In a live workshop: the nodes a colleague is dragging follow their hand (one's own drag wins).
  const remoteDrags = usePresence((s) => s.drags);
  // Nodes the facilitator locked stay put for participants (the host refuses their moves anyway).
  const lockedNodes = useLockedNodes();
  const canvasLocked = useCanvasLocked();
  const nodes = useMemo(() => {
    if (!dragPositions && remoteDrags.size === 0 && lockedNodes.size === 0) return baseNodes;
    return baseNodes.map((node) => {
      const position = dragPositions?.get(node.id) ?? remoteDrags.get(node.id);
      const locked = lockedNodes.has(node.id);
      return position || locked ? { ...node, ...(position ? { position } : {}), ...(locked ? { draggable: false } : {}) } : node;
    });
  }, [baseNodes, dragPositions, remoteDrags, lockedNodes]);
  useEffect(() => publishDrag(dragPositions), [dragPositions]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      let moved = false;
      let selection: Set<string> | null = null;
      const nudged: Record<string, XYPosition> = {};
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          if (draggingRef.current) {
            dragRef.current.set(change.id, change.position);
            moved = true;
          } else {
            nudged[change.id] = change.position;
          }
        } else if (change.type === 'dimensions' && change.dimensions) {
          cache.setMeasured(change.id, change.dimensions);
        } else if (change.type === 'select') {
          selection ??= new Set(useDocumentStore.getState().selection.nodeIds);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      if (moved) setDragPositions(snapToGuides(dragRef.current));
      if (Object.keys(nudged).length > 0) {
        useDocumentStore.getState().apply(uiT('ui.canvas.canvas.undoMove'), (p) => moveNodes(p, nudged), { coalesceKey: 'nudge' });
      }
      if (selection) {
        const store = useDocumentStore.getState();
        const next = [...selection];
        if (!sameIds(next, store.selection.nodeIds)) store.setSelection({ nodeIds: next });
      }
    },
    [cache],
  );

  // A selection box takes the flows inside it, not every flow touching a node in it.
  const boxSelectingRef = useRef(false);
  const onSelectionStart = useCallback(() => {
    boxSelectingRef.current = true;
  }, []);
  const onSelectionEnd = useCallback(() => {
    boxSelectingRef.current = false;
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    let selection: Set<string> | null = null;
    const state = useDocumentStore.getState();
    let nodes: Set<string> | null = null;
    let edgesById: Map<string, { source: string; target: string }> | null = null;
    const insideBox = (edgeId: string) => {
      nodes ??= new Set(state.selection.nodeIds);
      edgesById ??= new Map((state.plan?.edges ?? []).map((e) => [e.id, e]));
      const edge = edgesById.get(edgeId);
      return Boolean(edge && nodes.has(edge.source) && nodes.has(edge.target));
    };
    for (const change of changes) {
      if (change.type === 'select') {
        selection ??= new Set(state.selection.edgeIds);
        if (change.selected && boxSelectingRef.current && !insideBox(change.id)) continue;
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
    }
    if (selection) {
      const store = useDocumentStore.getState();
      const next = [...selection];
      if (!sameIds(next, store.selection.edgeIds)) store.setSelection({ edgeIds: next });
    }
  }, []);

  const startDrag = useCallback(() => {
    draggingRef.current = true;
  }, []);

  const finishDrag = useCallback(() => {
    draggingRef.current = false;
    const positions = Object.fromEntries(endGuides(dragRef.current));
    dragRef.current = new Map();
    // Frames, lanes and the move itself: one operation (dropNodes.ts).
    if (Object.keys(positions).length > 0) dropNodes(positions);
    setDragPositions(null);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    if (connection.source && connection.target) connectNodes(connection.source, connection.target);
  }, []);
  const onReconnect = useCallback((edge: Edge, connection: Connection) => {
    if (connection.source && connection.target) reconnectEdge(edge.id, connection.source, connection.target);
  }, []);
  const onNodeDoubleClick = useCallback((_event: unknown, node: FlowNode) => startTitleEdit(node.id), []);

  const onInit = useCallback((instance: ReactFlowInstance<FlowNode, FlowEdge>) => registerFlow(instance), []);
  useEffect(() => () => registerFlow(null), []);

  // Requests from other panels (readiness findings, search) to bring something into view.
  useEffect(() => {
    const onReveal = (event: Event) => {
      const detail = (event as CustomEvent<RevealDetail>).detail;
      const current = useDocumentStore.getState().plan;
      if (detail.edgeId) {
        const edge = current?.edges?.find((e) => e.id === detail.edgeId);
        if (edge) return revealNodes([edge.source, edge.target]);
      }
      if (detail.nodeId) revealNodes([detail.nodeId]);
    };
    window.addEventListener(REVEAL_EVENT, onReveal);
    return () => window.removeEventListener(REVEAL_EVENT, onReveal);
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    const type = event.dataTransfer.getData(PALETTE_DRAG_TYPE) as NodeType;
    if (!NODE_TYPES.includes(type)) return;
    event.preventDefault();
    const instance = flowInstance();
    if (!instance) return;
    const at = instance.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    // The pointer holds the card near its top-left corner while dragging from the palette.
    addNodeOfType(type, { x: at.x - 24, y: at.y - 20 });
  }, []);

  const minimapColor = useCallback(
    (node: FlowNode) => (isFrameNode(node) ? 'transparent' : ownershipView ? (node.data.ownerColor ?? 'var(--text-faint)') : node.type === 'note' ? 'var(--note-border)' : 'var(--border-strong)'),
    [ownershipView],
  );

  // Compare mode's marks and ghosts; the arrays themselves when compare mode is off.
  const shown = useCompareOverlay(nodes, edges);
  const sectionRef = useRef<HTMLElement>(null);
  useCanvasTabOrder(sectionRef, Boolean(plan));
  const drawn = useFrameLayer(shown.nodes, dragPositions, !readOnly && !canvasLocked);
  // On a large plan React Flow draws the flows near the view (and the selected ones); far
  // out one drawn layer draws them all (FarEdges.tsx). Compare mode's flows are all React Flow's.
  const farFlows = large && shown.edges === edges;
  const region = useNearRegion((s) => s.rect);
  const settledById = useMemo(() => (farFlows ? new Map(baseNodes.map((n) => [n.id, n])) : NO_NODES), [farFlows, baseNodes]);
  const wantedFlows = useMemo(() => (farFlows && region ? flowsIn(region, settledById, edges) : null), [farFlows, region, settledById, edges]);
  const kept = useArriving(wantedFlows, FLOWS_PER_FRAME);
  const [flowEdges, farEdges] = useMemo(
    () => (farFlows ? [shown.edges.filter((e) => e.selected || kept?.has(e.id)), shown.edges.filter((e) => !e.selected)] : [shown.edges, null]),
    [farFlows, shown.edges, kept],
  );

  if (!plan) return null;
  const empty = (plan.nodes ?? []).length === 0;

  return (
    <section ref={sectionRef} aria-label={t('ui.canvas.canvas.label')} className={`canvas${ownershipView ? ' canvas--ownership' : ''}${laneView ? ' canvas--lanes' : ''}${farEdges ? ' canvas--far-flows' : ''}`}>
      <ReactFlow<FlowNode, FlowEdge>
        ariaLabelConfig={ariaLabels}
        nodes={drawn}
        edges={flowEdges}
        nodeTypes={NODE_VIEWS}
        edgeTypes={EDGE_TYPES_MAP}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={startDrag}
        onSelectionDragStart={startDrag}
        onNodeDragStop={finishDrag}
        onSelectionDragStop={finishDrag}
        onConnect={onConnect}
        onReconnect={readOnly || canvasLocked ? undefined : onReconnect}
        onNodeDoubleClick={onNodeDoubleClick}
        connectionMode={ConnectionMode.Loose}
        zoomOnDoubleClick={false}
        onSelectionStart={onSelectionStart}
        onSelectionEnd={onSelectionEnd}
        onInit={onInit}
        onDragOver={onDragOver}
        onDrop={onDrop}
        nodesDraggable={!readOnly && !canvasLocked}
        nodesConnectable={!readOnly && !canvasLocked}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        onlyRenderVisibleElements={large && opening}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        colorMode={theme}
        proOptions={PRO_OPTIONS}
        elevateNodesOnSelect={false}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS}>
          <ControlButton
            onClick={() => useViewStore.getState().set({ snapToGrid: !snapToGrid })}
            title={snapToGrid ? t('ui.canvas.canvas.snapOn') : t('ui.canvas.canvas.snapOff')}
            aria-label={t('ui.canvas.canvas.snapToGrid')}
            aria-pressed={snapToGrid}
            className={snapToGrid ? 'is-on' : undefined}
          >
            <Icon name="grid" size={14} />
          </ControlButton>
          <ControlButton
            onClick={() => setMinimapChoice({ planId: plan.id, shown: !minimapShown })}
            title={minimapShown ? t('ui.canvas.canvas.hideMinimap') : t('ui.canvas.canvas.showMinimap')}
            aria-label={minimapShown ? t('ui.canvas.canvas.hideMinimap') : t('ui.canvas.canvas.showMinimap')}
            className={minimapShown ? 'is-on' : undefined}
          >
            <MinimapIcon />
          </ControlButton>
        </Controls>
        {minimapShown && (
          <MiniMap<FlowNode> position="bottom-right" style={MINIMAP_STYLE} pannable zoomable nodeColor={minimapColor} nodeBorderRadius={4} ariaLabel={t('ui.canvas.canvas.overviewMap')} />
        )}
        <FarZoomClass />
        {farEdges && <FarEdges settledById={settledById} drawn={drawn} edges={farEdges} />}
        <SmartGuides />
        <SelectionToolbar />
        <LaneLayer />
        <OpeningView />
        {ownershipView && <OwnershipLegend />}
        {searchOpen && <SearchBox />}
        <CompareLayer />
        <WorkshopLayer />
        <FacilitationLayer />
      </ReactFlow>
      {empty && (
        <div className="canvas-empty">
          <p className="canvas-empty__title">{t('ui.canvas.canvas.emptyTitle')}</p>
          <p>{t('ui.canvas.canvas.emptyHint')}</p>
        </div>
      )}
    </section>
  );
}
