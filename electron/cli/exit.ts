// Exit codes of the `handoff` command (spec: plan-format.md, "The command line").
export const EXIT = {
  /** Done, and no error findings. */
  ok: 0,
  /** Error findings (validate), a non-canonical file (fmt --check), conflicts (merge). */
  findings: 1,
  /** A file could not be read or written, or is not a valid plan. */
  badFile: 2,
  /** The command line itself is wrong. */
  usage: 64,
  /** A bug: an exception nobody expected. Outside the spec's list on purpose, so scripts can tell it apart. */
  internal: 70,
} as const;
