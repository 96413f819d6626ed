// How a plan file is named on disk (spec: a plan is a `*.handoff.json` file). The
// hosts, the server and the editor all name and recognise plan files by this.
// scripts/start.js keeps its own copy: it is plain JavaScript run before tsx.
export const PLAN_SUFFIX = '.handoff.json';
