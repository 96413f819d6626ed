// The inspector for one selected node: what it is, who owns and runs it, RACI,
// the handoff terms, its data, checklist and requirements.
import { CLASSIFICATIONS, DELIVERABLES, NODE_TYPES, type Classification, type Deliverable, type NodeType } from '../../../shared/model/vocabulary';
import type { DataInfo, Plan, PlanNode, Raci } from '../../../shared/model/types';
import { updateNode } from '../../../shared/ops/index';
import { nodeLabel } from '../../../shared/rules/labels';
import { useT, useTranslator } from '../i18n';
import { useDocumentStore } from '../store/documentStore';
import { ChecklistEditor } from './ChecklistEditor';
import { edits } from './edit';
import { CheckboxField, Section, SelectField, TextField } from './fields';
import { FindingList } from './FindingList';
import { PeopleSelect, PersonSelect, TeamSelect } from './NewEntityPickers';
import { useNode, usePlanFindings, useTeamOptions, vocabularyOptions } from './planHooks';
import { RequirementsEditor } from './RequirementsEditor';
import { SignOffs } from './SignOffs';

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const node = useNode(nodeId);
  const t = useT();
  if (!node) return <p className="panel-empty">{t('ui.inspector.node.gone')}</p>;
  return <NodeForm key={node.id} node={node} />;
}

function NodeForm({ node }: { node: PlanNode }) {
  const translator = useTranslator();
  const t = translator.t;
  const teams = useTeamOptions();
  const findings = useNodeFindings(node);
  const id = node.id;
  const set = (patch: Partial<PlanNode>, field: string) => edits.nodeFields(id, patch, `node:${id}:${field}`);
  const isNote = node.type === 'note';
  const handoffPoint = Boolean(node.ownerTeamId && node.operatorTeamId && node.ownerTeamId !== node.operatorTeamId);
  const hasSignOffs = useDocumentStore((s) => Boolean(s.plan?.signoffs?.some((so) => so.nodeId === id)));
  const teamName = (teamId?: string) => teams.find((t) => t.value === teamId)?.label;
  // A team or person made from a picker is set on this node in the same undo step.
  const assignTo = (patch: (newId: string) => Partial<PlanNode>) => (plan: Plan, newId: string) => updateNode(plan, id, patch(newId));
  const addToRaci = (role: 'responsible' | 'consulted' | 'informed') =>
    assignTo((personId): { raci: Raci } => ({ raci: { ...node.raci, [role]: [...(node.raci?.[role] ?? []), personId] } }));

  return (
    <div className="inspector-body">
      <header className="inspector-heading">
        <span className={`type-badge type-${node.type}`}>{t(`vocab.nodeType.${node.type}`)}</span>
        <h2 className="inspector-title">{node.title}</h2>
      </header>
      <FindingList findings={findings} subject={nodeLabel(node, translator)} emptyText={isNote ? undefined : t('ui.inspector.node.noFindings')} />

      <Section id="node-general" title={t('ui.inspector.node.sections.general')}>
        <TextField label={t('ui.inspector.node.title')} value={node.title} required onCommit={(title) => set({ title }, 'title')} />
        <SelectField
          label={t('ui.inspector.node.type')}
          value={node.type}
          options={vocabularyOptions(NODE_TYPES, (type) => t(`vocab.nodeType.${type}`))}
          onCommit={(type) => type && set({ type: type as NodeType }, 'type')}
        />
        <TextField label={t('ui.inspector.node.description')} multiline rows={2} value={node.description} onCommit={(description) => set({ description }, 'description')} />
      </Section>

      {!isNote && (
        <>
          <Section id="node-ownership" title={t('ui.inspector.node.sections.ownership')}>
            <div className="field-stack">
              <TeamSelect
                label={t('ui.inspector.node.ownerTeam')}
                value={node.ownerTeamId}
                emptyLabel={t('ui.inspector.teams.noTeam')}
                onCommit={(ownerTeamId) => set({ ownerTeamId }, 'owner')}
                assign={assignTo((ownerTeamId) => ({ ownerTeamId }))}
              />
              <TeamSelect
                label={t('ui.inspector.node.operatorTeam')}
                value={node.operatorTeamId}
                emptyLabel={t('ui.inspector.node.sameAsOwner')}
                onCommit={(operatorTeamId) => set({ operatorTeamId }, 'operator')}
                assign={assignTo((operatorTeamId) => ({ operatorTeamId }))}
              />
            </div>
            {handoffPoint && (
              <p className="hint hint-handoff">
                {t('ui.inspector.node.handoffPoint', {
                  owner: teamName(node.ownerTeamId) ?? t('ui.inspector.node.oneTeam'),
                  operator: teamName(node.operatorTeamId) ?? t('ui.inspector.node.anotherTeam'),
                })}
              </p>
            )}
          </Section>

          <Section id="node-raci" title={t('ui.inspector.node.sections.raci')}>
            <PeopleSelect
              label={t('ui.inspector.node.responsible')}
              value={node.raci?.responsible}
              defaultTeamId={node.ownerTeamId}
              onCommit={(responsible) => set({ raci: { ...node.raci, responsible } }, 'raci-r')}
              assign={addToRaci('responsible')}
            />
            <PersonSelect
              label={t('ui.inspector.node.accountable')}
              value={node.raci?.accountable}
              emptyLabel={t('ui.inspector.node.nobodyYet')}
              defaultTeamId={node.ownerTeamId}
              onCommit={(accountable) => set({ raci: { ...node.raci, accountable } }, 'raci-a')}
              assign={assignTo((accountable) => ({ raci: { ...node.raci, accountable } }))}
            />
            <PeopleSelect
              label={t('ui.inspector.node.consulted')}
              value={node.raci?.consulted}
              defaultTeamId={node.ownerTeamId}
              onCommit={(consulted) => set({ raci: { ...node.raci, consulted } }, 'raci-c')}
              assign={addToRaci('consulted')}
            />
            <PeopleSelect
              label={t('ui.inspector.node.informed')}
              value={node.raci?.informed}
              defaultTeamId={node.ownerTeamId}
              onCommit={(informed) => set({ raci: { ...node.raci, informed } }, 'raci-i')}
              assign={addToRaci('informed')}
            />
          </Section>

          <Section id="node-handoff" title={t('ui.inspector.node.sections.handoff')} defaultCollapsed={!handoffPoint && !node.handoff}>
            <div className="field-row">
              <SelectField
                label={t('ui.inspector.node.deliverable')}
                value={node.handoff?.deliverable}
                options={vocabularyOptions(DELIVERABLES, (d) => t(`vocab.deliverable.${d}`))}
                emptyLabel={t('ui.inspector.node.notAgreed')}
                onCommit={(deliverable) => set({ handoff: { ...node.handoff, deliverable: deliverable as Deliverable | undefined } }, 'handoff-deliverable')}
              />
              <PersonSelect
                label={t('ui.inspector.node.maintainer')}
                value={node.handoff?.maintainerId}
                emptyLabel={t('ui.inspector.node.nobodyYet')}
                defaultTeamId={node.operatorTeamId ?? node.ownerTeamId}
                onCommit={(maintainerId) => set({ handoff: { ...node.handoff, maintainerId } }, 'handoff-maintainer')}
                assign={assignTo((maintainerId) => ({ handoff: { ...node.handoff, maintainerId } }))}
              />
            </div>
            <TextField
              label={t('ui.inspector.node.acceptance')}
              multiline
              rows={2}
              value={node.handoff?.acceptance}
              placeholder={t('ui.inspector.node.acceptancePlaceholder')}
              onCommit={(acceptance) => set({ handoff: { ...node.handoff, acceptance } }, 'handoff-acceptance')}
            />
          </Section>

          {(handoffPoint || hasSignOffs) && (
            <Section id="node-signoffs" title={t('ui.inspector.node.sections.signoffs')}>
              <SignOffs node={node} />
            </Section>
          )}

          <Section id="node-data" title={t('ui.inspector.node.sections.data')}>
            <DataFields
              data={node.data}
              onCommit={(data, field) => edits.nodeFields(id, { data }, `node:${id}:${field}`)}
            />
          </Section>

          <Section id="node-tech" title={t('ui.inspector.node.sections.tech')} defaultCollapsed={!node.tech}>
            <TextField
              label={t('ui.inspector.node.sections.tech')}
              hideLabel
              multiline
              rows={2}
              value={node.tech}
              placeholder={t('ui.inspector.node.techPlaceholder')} onCommit={(tech) => set({ tech }, 'tech')} />
          </Section>

          <Section id="node-checklist" title={t('ui.inspector.node.sections.checklist')} count={checklistCount(node)}>
            <ChecklistEditor node={node} />
          </Section>

          <Section id="node-requirements" title={t('ui.inspector.node.sections.requirements')} count={node.requirements?.length || undefined}>
            <RequirementsEditor node={node} />
          </Section>
        </>
      )}

      <Section id="node-notes" title={t('ui.inspector.node.sections.notes')} defaultCollapsed={!node.notes && !isNote}>
        <TextField label={t('ui.inspector.node.sections.notes')} hideLabel multiline rows={3} value={node.notes} onCommit={(notes) => set({ notes }, 'notes')} />
      </Section>
    </div>
  );
}

function checklistCount(node: PlanNode): string | undefined {
  const items = node.checklist ?? [];
  if (items.length === 0) return undefined;
  return `${items.filter((i) => i.done).length}/${items.length}`;
}

/** Findings about this node and its checklist items. */
function useNodeFindings(node: PlanNode) {
  const findings = usePlanFindings();
  const itemIds = new Set((node.checklist ?? []).map((i) => i.id));
  return findings.filter(
    (f) => (f.target.kind === 'node' && f.target.id === node.id) || (f.target.kind === 'checklist-item' && f.target.id !== undefined && itemIds.has(f.target.id)),
  );
}

/** Classification, personal data, retention and volume: shared by nodes and edges. */
export function DataFields({
  data,
  onCommit,
}: {
  data: DataInfo | undefined;
  onCommit(next: DataInfo, field: string): void;
}) {
  const t = useT();
  const needsReview = data?.classification === 'restricted' || data?.personalData === true;
  return (
    <>
      <div className="field-row">
        <SelectField
          label={t('ui.inspector.data.classification')}
          value={data?.classification}
          options={vocabularyOptions(CLASSIFICATIONS, (c) => t(`vocab.classification.${c}`))}
          emptyLabel={t('ui.inspector.data.notClassified')}
          onCommit={(classification) => onCommit({ ...data, classification: classification as Classification | undefined }, 'data-classification')}
        />
        <CheckboxField
          label={t('ui.inspector.data.personalData')}
          checked={data?.personalData === true}
          onCommit={(personalData) => onCommit({ ...data, personalData: personalData || undefined }, 'data-personal')}
        />
      </div>
      {needsReview && <p className="hint">{t('ui.inspector.data.needsReview')}</p>}
      <div className="field-row">
        <TextField
          label={t('ui.inspector.data.retention')}
          value={data?.retention}
          placeholder={t('ui.inspector.data.retentionPlaceholder')}
          onCommit={(retention) => onCommit({ ...data, retention }, 'data-retention')} />
        <TextField
          label={t('ui.inspector.data.volume')}
          value={data?.volume}
          placeholder={t('ui.inspector.data.volumePlaceholder')}
          onCommit={(volume) => onCommit({ ...data, volume }, 'data-volume')} />
      </div>
    </>
  );
}
