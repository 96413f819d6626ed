// Sign-offs of handoff points and phase gates (issue 13; docs/format-extensions.md).
export { signedHash, nodeSignedContent, gateSignedContent, type SignOffTarget } from './content.js';
export {
  signOffStatuses,
  nodeSignOffs,
  passedGates,
  missingSides,
  unsignedHandoffs,
  type SignOffState,
  type SignOffStatus,
  type HandoffSide,
  type MissingSide,
} from './status.js';
