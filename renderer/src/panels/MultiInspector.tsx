// Several things selected: how many, one owner team for all the nodes, delete.
import { updateNode } from '../../../shared/ops/index';
import { useT } from '../i18n';
import { useDocumentStore, type Selection } from '../store/documentStore';
import { edits } from './edit';
import { TeamSelect } from './NewEntityPickers';
import { useTeamOptions } from './planHooks';

const MIXED = '__mixed__';

export function MultiInspector({ selection }: { selection: Selection }) {
  const t = useT();
  const teams = useTeamOptions();
  const { nodeIds, edgeIds } = selection;
  // One string, so the panel re-renders only when the owners actually change.
  const owners = useDocumentStore((s) => {
    const ids = new Set(nodeIds);
    const found = new Set((s.plan?.nodes ?? []).filter((n) => ids.has(n.id)).map((n) => n.ownerTeamId ?? ''));
    return found.size === 1 ? [...found][0] : MIXED;
  });
  const what = edgeIds.length === 0 ? 'nodes' : nodeIds.length === 0 ? 'edges' : 'both';
  return (
    <div className="inspector-body">
      <header className="inspector-heading">
        <span className="type-badge">{t('ui.inspector.multi.badge')}</span>
        <h2 className="inspector-title">{t('ui.inspector.multi.heading', { what, nodes: nodeIds.length, edges: edgeIds.length })}</h2>
      </header>
      {nodeIds.length > 0 && (
        <section className="inspector-section">
          <div className="section-body">
            <TeamSelect
              label={t('ui.inspector.node.ownerTeam')}
              value={owners === MIXED ? MIXED : owners || undefined}
              options={owners === MIXED ? [{ value: MIXED, label: t('ui.inspector.multi.mixed') }, ...teams] : teams}
              emptyLabel={t('ui.inspector.teams.noTeam')}
              onCommit={(teamId) => teamId !== MIXED && edits.bulkOwner(nodeIds, teamId)}
              assign={(plan, ownerTeamId) => nodeIds.reduce((next, id) => updateNode(next, id, { ownerTeamId }), plan)}
            />
            <p className="hint">{t('ui.inspector.multi.hint')}</p>
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
          {t('ui.inspector.multi.deleteSelected')}
        </button>
      </div>
    </div>
  );
}
