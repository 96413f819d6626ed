// The baseline for the editor benchmark: the same generated plan drawn by React
// Flow with its DEFAULT nodes and edges and nothing else — no custom nodes, no
// panels, no store. `?n=1000` picks the plan size (same generator, same positions).
// Nodes are controlled through React Flow's own helpers, as its docs show, so a
// drag costs what an ordinary React Flow app pays.
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { generatePlan } from '../../generate';

const size = Number(new URLSearchParams(location.search).get('n') ?? '1000');
const plan = generatePlan(size);
const initialNodes: Node[] = plan.nodes!.map((n) => ({ id: n.id, position: n.position, data: { label: n.title } }));
const initialEdges: Edge[] = plan.edges!.map((e) => ({ id: e.id, source: e.source, target: e.target }));
/** The editor's fit-view options and zoom range, so both pages open at a comparable zoom. */
const FIT_VIEW_OPTIONS = { padding: 0.06, maxZoom: 1.1 };

function BareFlow() {
  const [nodes, setNodes] = useState(initialNodes);
  const [edges, setEdges] = useState(initialEdges);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.02}
      maxZoom={2.5}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BareFlow />
  </StrictMode>,
);
