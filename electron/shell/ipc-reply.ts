// The envelope every host-call handler answers with over IPC. Electron wraps a
// thrown error as "Error invoking remote method 'handoff:x': Error: …"; the
// envelope lets the preload rethrow just the message the user should read.
export type IpcReply = { ok: true; value: unknown } | { ok: false; error: string };
