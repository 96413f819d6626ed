// A layer inside React Flow's viewport (it pans and zooms with the plan). Unlike
// ViewportPortal, whose store selector queries the DOM on every store update (each
// drag step and zoom event), the viewport's portal element is looked up once.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const selectDomNode = (s: ReactFlowState) => s.domNode;

export function ViewportLayer({ children }: { children: ReactNode }) {
  const domNode = useStore(selectDomNode);
  const target = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  return target ? createPortal(children, target) : null;
}
