// Several things selected: how many; the fields the selected nodes share (owner
// team, operator team, data classification, the phase of their checklist items),
// each showing the common value or "Mixed" and set on every node as one undoable
// operation (undo gives each node back its own value); delete.
import type { Plan, PlanNode } from '../../../shared/model/types';
import { CLASSIFICATIONS, type Classification, type Phase } from '../../../shared/model/vocabulary';
import { setChecklistPhase, setDataClassification, updateNodes } from '../../../shared/ops/index';
import { uiT, useT } from '../i18n';
import { useDocumentStore, type Selection } from '../store/documentStore';
import { edits } from './edit';
import { SelectField, type Option } from './fields';
import { TeamSelect } from './NewEntityPickers';
import { usePhaseOptions, useTeamOptions, vocabularyOptions } from './planHooks';

const MIXED = '__mixed__';
/** What a field of the selection reads when no value is set on any node (or item). */
const NONE = '';

/**
 * The value every selected node shares for `read` (NONE when unset), MIXED when they
 * differ, or undefined when `read` finds nothing to compare. One string, so the panel
 * re-renders only when the shared value actually changes.
 */
function useShared(nodeIds: readonly string[], read: (node: PlanNode) => (string | undefined)[]): string | undefined {
  return useDocumentStore((s) => {
    const ids = new Set(nodeIds);
    const values = new Set((s.plan?.nodes ?? []).filter((n) => ids.has(n.id)).flatMap((n) => read(n).map((v) => v ?? NONE)));
    return values.size === 0 ? undefined : values.size === 1 ? [...values][0] : MIXED;
  });
}

function apply(label: string, operation: (plan: Plan) => Plan): void {
  useDocumentStore.getState().apply(label, operation);
}

/** The picker's value and options for a shared value: a "Mixed" entry while the nodes differ. */
function withMixed(shared: string | undefined, options: Option[], mixedLabel: string): { value: string | undefined; options: Option[] } {
  if (shared !== MIXED) return { value: shared || undefined, options };
  return { value: MIXED, options: [{ value: MIXED, label: mixedLabel }, ...options] };
}

export function MultiInspector({ selection }: { selection: Selection }) {
  const t = useT();
  const teams = useTeamOptions();
  const phases = usePhaseOptions();
  const { nodeIds, edgeIds } = selection;
  const owner = useShared(nodeIds, (n) => [n.ownerTeamId]);
  const operator = useShared(nodeIds, (n) => [n.operatorTeamId]);
  const classification = useShared(nodeIds, (n) => [n.data?.classification]);
  const itemPhase = useShared(nodeIds, (n) => (n.checklist ?? []).map((item) => item.phase));
  const mixed = t('ui.inspector.multi.mixed');
  const what = edgeIds.length === 0 ? 'nodes' : nodeIds.length === 0 ? 'edges' : 'both';
  const ownerField = withMixed(owner, teams, mixed);
  const operatorField = withMixed(operator, teams, mixed);
  const classificationField = withMixed(classification, vocabularyOptions(CLASSIFICATIONS, (c) => t(`vocab.classification.${c}`)), mixed);
  const phaseField = withMixed(itemPhase, phases, mixed);
  // Picking "Mixed" again changes nothing: it is there only to show the nodes differ.
  const chosen = (value: string | undefined) => value !== MIXED;
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
              {...ownerField}
              emptyLabel={t('ui.inspector.teams.noTeam')}
              onCommit={(teamId) => chosen(teamId) && edits.bulkOwner(nodeIds, teamId)}
              assign={(plan, ownerTeamId) => updateNodes(plan, nodeIds, { ownerTeamId })}
            />
            <TeamSelect
              label={t('ui.inspector.node.operatorTeam')}
              {...operatorField}
              emptyLabel={t('ui.inspector.teams.noTeam')}
              onCommit={(operatorTeamId) =>
                chosen(operatorTeamId) && apply(uiT('ui.inspector.undo.setOperatorTeam'), (plan) => updateNodes(plan, nodeIds, { operatorTeamId }))
              }
              assign={(plan, operatorTeamId) => updateNodes(plan, nodeIds, { operatorTeamId })}
            />
            <SelectField
              label={t('ui.inspector.data.classification')}
              {...classificationField}
              emptyLabel={t('ui.inspector.data.notClassified')}
              onCommit={(value) =>
                chosen(value) &&
                apply(uiT('ui.inspector.undo.setClassification'), (plan) => setDataClassification(plan, nodeIds, value as Classification | undefined))
              }
            />
            {itemPhase === undefined ? (
              <p className="hint">{t('ui.inspector.multi.noChecklist')}</p>
            ) : (
              <SelectField
                label={t('ui.inspector.multi.checklistPhase')}
                {...phaseField}
                emptyLabel={t('ui.inspector.checklist.noPhaseGate')}
                onCommit={(value) =>
                  chosen(value) && apply(uiT('ui.inspector.undo.setChecklistPhase'), (plan) => setChecklistPhase(plan, nodeIds, value as Phase | undefined))
                }
              />
            )}
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
