// Which node types a checklist library item fits, by its category. The libraries
// (shared/templates/checklists) give each item a phase and a category but no node
// types, so the picker reads the fit from the category: a privacy item fits the
// nodes that hold or move data, a monitoring test the nodes that run in production.
// Categories not listed here (collaboration, handoff) concern the whole plan and
// fit every node; a note fits everything, being no part of the pipeline.
import type { NodeType } from '../../../shared/model/vocabulary';

const DATA: NodeType[] = ['data-source', 'dataset', 'pipeline'];
const RUNNING: NodeType[] = ['service', 'batch-job', 'application'];

/** Keyed by the library's English category (the ML Test Score's are its four sections). */
const FIT_BY_CATEGORY: Record<string, readonly NodeType[]> = {
  business: ['model', 'evaluation', 'application', 'dashboard'],
  data: [...DATA, 'notebook'],
  privacy: [...DATA, 'notebook', 'training', 'model', ...RUNNING, 'dashboard'],
  security: [...DATA, 'training', ...RUNNING, 'infrastructure'],
  compliance: [...DATA, 'model', 'evaluation', ...RUNNING],
  reproducibility: ['dataset', 'pipeline', 'notebook', 'training'],
  documentation: ['training', 'model', 'evaluation'],
  integration: ['data-source', 'pipeline', ...RUNNING],
  'non-functional': ['pipeline', ...RUNNING, 'infrastructure'],
  qa: ['pipeline', 'model', 'evaluation', ...RUNNING],
  operations: ['pipeline', 'training', 'model', ...RUNNING, 'monitoring', 'infrastructure'],
  'Data and features': [...DATA, 'training'],
  'Model development': ['notebook', 'training', 'model', 'evaluation'],
  'ML infrastructure': ['pipeline', 'training', 'model', 'evaluation', 'service', 'batch-job', 'infrastructure'],
  Monitoring: ['data-source', 'pipeline', 'model', 'service', 'batch-job', 'monitoring'],
};

/** Whether a library item of `category` (English, as the library writes it) fits a node of `type`. */
export function itemFitsNodeType(category: string, type: NodeType): boolean {
  const fit = FIT_BY_CATEGORY[category];
  return type === 'note' || fit === undefined || fit.includes(type);
}
