// Every change to a plan is one of these named pure operations `(plan, ...args) => Plan`:
// the editor, undo/redo and (later) collaboration and merge are built on them.
// Ids are passed in by the caller (made with createId), so operations stay pure;
// each returns the very same plan object when nothing changes.
export type { Patch } from './shared.js';
export { jsonEqual } from './shared.js';
export { addNode, moveNodes, nudgeNodes, applyLayout, updateNode, removeNodes } from './nodes.js';
export { updateNodes, setDataClassification, setChecklistPhase } from './selection.js';
export { alignNodes, distributeNodes, resizeNode, ALIGNMENTS, DISTRIBUTIONS, type Alignment, type Distribution, type NodeSizes } from './arrange.js';
export { connect, updateEdge, removeEdges, disconnect } from './edges.js';
export { addChecklistItem, updateChecklistItem, toggleChecklistItem, moveChecklistItem, removeChecklistItem } from './checklist.js';
export { addRequirement, updateRequirement, moveRequirement, removeRequirement } from './requirements.js';
export { addTeam, updateTeam, removeTeam, addPerson, updatePerson, removePerson } from './people.js';
export { addQuestion, updateQuestion, removeQuestion } from './questions.js';
export { signOff, type NewSignOff } from './signoffs.js';
export { setPhase, updatePlanFields, updateBusiness, setMilestone, type PlanFieldsPatch } from './plan.js';
export {
  extractFragment,
  pasteFragment,
  duplicateNodes,
  fragmentToText,
  fragmentFromText,
  fragmentMapping,
  FRAGMENT_FORMAT,
  type FragmentMapping,
  type PlanFragment,
  type PasteOptions,
} from './fragment.js';
export {
  addFrame,
  updateFrame,
  moveFrame,
  removeFrame,
  putInFrame,
  takeOutOfFrame,
  setLaneView,
  moveNodeToLane,
  addBendPoint,
  moveBendPoint,
  removeBendPoint,
  clearBendPoints,
} from './canvas.js';
export { addComment, editComment, replyToComment, setCommentResolved, removeComment, addVoteRound, addWorkshopRecord } from './comments.js';
