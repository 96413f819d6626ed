// model-monitoring: a model nobody watches degrades silently. The spec fires when
// "no monitoring node can be reached from a model node"; we report each model node
// from which no monitoring node is reachable, about that node, so the person can
// select it and connect it. A plan without model nodes has nothing to monitor.
// Reachability follows edges source → target and never passes through a note.
import { isNote } from '../context.js';
import { nodeLabel } from '../labels.js';
import { defineRule } from '../rule.js';

export const modelMonitoring = defineRule(
  {
    id: 'model-monitoring',
    severity: 'warning',
    title: 'Model monitoring',
    description: 'No monitoring node can be reached from a model node by following edges from source to target.',
  },
  (context, emit) => {
    const models = context.nodes.filter((n) => n.type === 'model');
    if (models.length === 0) return;

    // Walk backwards once from every monitoring node: whatever it reaches can reach monitoring.
    const incoming = new Map<string, string[]>();
    for (const edge of context.edges) {
      const source = context.nodesById.get(edge.source);
      if (!source || isNote(source) || isNote(context.nodesById.get(edge.target))) continue;
      const list = incoming.get(edge.target);
      if (list) list.push(edge.source);
      else incoming.set(edge.target, [edge.source]);
    }
    const reachesMonitoring = new Set<string>();
    const stack = context.nodes.filter((n) => n.type === 'monitoring').flatMap((n) => incoming.get(n.id) ?? []);
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reachesMonitoring.has(id)) continue;
      reachesMonitoring.add(id);
      for (const previous of incoming.get(id) ?? []) if (!reachesMonitoring.has(previous)) stack.push(previous);
    }

    for (const model of models) {
      if (reachesMonitoring.has(model.id)) continue;
      emit('node', model.id, 'findings.modelMonitoring', { node: nodeLabel(model, context.tr) });
    }
  },
);
