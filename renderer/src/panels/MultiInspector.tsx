// Several things selected: how many, one owner team for all the nodes, delete.
import { updateNode } from '../../../shared/ops/index';
import { useDocumentStore, type Selection } from '../store/documentStore';
import { edits } from './edit';
import { TeamSelect } from './NewEntityPickers';
import { useTeamOptions } from './planHooks';

const MIXED = '__mixed__';

export function MultiInspector({ selection }: { selection: Selection }) {
  const teams = useTeamOptions();
  const { nodeIds, edgeIds } = selection;
  // One string, so the panel re-renders only when the owners actually change.
  const owners = useDocumentStore((s) => {
    const ids = new Set(nodeIds);
    const found = new Set((s.plan?.nodes ?? []).filter((n) => ids.has(n.id)).map((n) => n.ownerTeamId ?? ''));
    return found.size === 1 ? [...found][0] : MIXED;
  });
  const parts = [
    nodeIds.length > 0 ? `${nodeIds.length} node${nodeIds.length === 1 ? '' : 's'}` : '',
    edgeIds.length > 0 ? `${edgeIds.length} connection${edgeIds.length === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return (
    <div className="inspector-body">
      <header className="inspector-heading">
        <span className="type-badge">Selection</span>
        <h2 className="inspector-title">{parts.join(' and ')} selected</h2>
      </header>
      {nodeIds.length > 0 && (
        <section className="inspector-section">
          <div className="section-body">
            <TeamSelect
              label="Owner team"
              value={owners === MIXED ? MIXED : owners || undefined}
              options={owners === MIXED ? [{ value: MIXED, label: 'Mixed' }, ...teams] : teams}
              emptyLabel="No team"
              onCommit={(teamId) => teamId !== MIXED && edits.bulkOwner(nodeIds, teamId)}
              assign={(plan, ownerTeamId) => nodeIds.reduce((next, id) => updateNode(next, id, { ownerTeamId }), plan)}
            />
            <p className="hint">Sets the owner team of every selected node in one step.</p>
          </div>
        </section>
      )}
      <div className="section-body">
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            edits.removeSelection(nodeIds, edgeIds);
            useDocumentStore.getState().clearSelection();
          }}
        >
          Delete selected
        </button>
      </div>
    </div>
  );
}
