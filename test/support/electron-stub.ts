// Stands in for `electron` under vitest: services must never import it, so any
// test that reaches this module has found a layering bug.
throw new Error('electron was imported from code under test: services must not import electron');
