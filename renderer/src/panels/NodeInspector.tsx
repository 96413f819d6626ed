// The inspector for one selected node: what it is, who owns and runs it, RACI,
// the handoff terms, its data, checklist and requirements.
import {
  CLASSIFICATIONS,
  CLASSIFICATION_LABELS,
  DELIVERABLES,
  DELIVERABLE_LABELS,
  NODE_TYPES,
  NODE_TYPE_LABELS,
  type Classification,
  type Deliverable,
  type NodeType,
} from '../../../shared/model/vocabulary';
import type { DataInfo, Plan, PlanNode, Raci } from '../../../shared/model/types';
import { updateNode } from '../../../shared/ops/index';
import { nodeLabel } from '../../../shared/rules/labels';
import { useDocumentStore } from '../store/documentStore';
import { ChecklistEditor } from './ChecklistEditor';
import { edits } from './edit';
import { CheckboxField, Section, SelectField, TextField } from './fields';
import { FindingList } from './FindingList';
import { PeopleSelect, PersonSelect, TeamSelect } from './NewEntityPickers';
import { useNode, usePlanFindings, useTeamOptions, vocabularyOptions } from './planHooks';
import { RequirementsEditor } from './RequirementsEditor';
import { SignOffs } from './SignOffs';

const TYPE_OPTIONS = vocabularyOptions(NODE_TYPES, NODE_TYPE_LABELS);
const DELIVERABLE_OPTIONS = vocabularyOptions(DELIVERABLES, DELIVERABLE_LABELS);
export const CLASSIFICATION_OPTIONS = vocabularyOptions(CLASSIFICATIONS, CLASSIFICATION_LABELS);

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const node = useNode(nodeId);
  if (!node) return <p className="panel-empty">This node no longer exists.</p>;
  return <NodeForm key={node.id} node={node} />;
}

function NodeForm({ node }: { node: PlanNode }) {
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
        <span className={`type-badge type-${node.type}`}>{NODE_TYPE_LABELS[node.type]}</span>
        <h2 className="inspector-title">{node.title}</h2>
      </header>
      <FindingList findings={findings} subject={nodeLabel(node)} emptyText={isNote ? undefined : 'No findings for this node.'} />

      <Section id="node-general" title="General">
        <TextField label="Title" value={node.title} required onCommit={(title) => set({ title }, 'title')} />
        <SelectField
          label="Type"
          value={node.type}
          options={TYPE_OPTIONS}
          onCommit={(type) => type && set({ type: type as NodeType }, 'type')}
        />
        <TextField label="Description" multiline rows={2} value={node.description} onCommit={(description) => set({ description }, 'description')} />
      </Section>

      {!isNote && (
        <>
          <Section id="node-ownership" title="Ownership">
            <div className="field-stack">
              <TeamSelect
                label="Owner team"
                value={node.ownerTeamId}
                emptyLabel="No team"
                onCommit={(ownerTeamId) => set({ ownerTeamId }, 'owner')}
                assign={assignTo((ownerTeamId) => ({ ownerTeamId }))}
              />
              <TeamSelect
                label="Operator team"
                value={node.operatorTeamId}
                emptyLabel="Same as owner"
                onCommit={(operatorTeamId) => set({ operatorTeamId }, 'operator')}
                assign={assignTo((operatorTeamId) => ({ operatorTeamId }))}
              />
            </div>
            {handoffPoint && (
              <p className="hint hint-handoff">
                Handoff point: built by {teamName(node.ownerTeamId) ?? 'one team'}, run by {teamName(node.operatorTeamId) ?? 'another'}.
              </p>
            )}
          </Section>

          <Section id="node-raci" title="RACI">
            <PeopleSelect
              label="Responsible"
              value={node.raci?.responsible}
              defaultTeamId={node.ownerTeamId}
              onCommit={(responsible) => set({ raci: { ...node.raci, responsible } }, 'raci-r')}
              assign={addToRaci('responsible')}
            />
            <PersonSelect
              label="Accountable"
              value={node.raci?.accountable}
              emptyLabel="Nobody yet"
              defaultTeamId={node.ownerTeamId}
              onCommit={(accountable) => set({ raci: { ...node.raci, accountable } }, 'raci-a')}
              assign={assignTo((accountable) => ({ raci: { ...node.raci, accountable } }))}
            />
            <PeopleSelect
              label="Consulted"
              value={node.raci?.consulted}
              defaultTeamId={node.ownerTeamId}
              onCommit={(consulted) => set({ raci: { ...node.raci, consulted } }, 'raci-c')}
              assign={addToRaci('consulted')}
            />
            <PeopleSelect
              label="Informed"
              value={node.raci?.informed}
              defaultTeamId={node.ownerTeamId}
              onCommit={(informed) => set({ raci: { ...node.raci, informed } }, 'raci-i')}
              assign={addToRaci('informed')}
            />
          </Section>

          <Section id="node-handoff" title="Handoff" defaultCollapsed={!handoffPoint && !node.handoff}>
            <div className="field-row">
              <SelectField
                label="Deliverable"
                value={node.handoff?.deliverable}
                options={DELIVERABLE_OPTIONS}
                emptyLabel="Not agreed"
                onCommit={(deliverable) => set({ handoff: { ...node.handoff, deliverable: deliverable as Deliverable | undefined } }, 'handoff-deliverable')}
              />
              <PersonSelect
                label="Maintainer"
                value={node.handoff?.maintainerId}
                emptyLabel="Nobody yet"
                defaultTeamId={node.operatorTeamId ?? node.ownerTeamId}
                onCommit={(maintainerId) => set({ handoff: { ...node.handoff, maintainerId } }, 'handoff-maintainer')}
                assign={assignTo((maintainerId) => ({ handoff: { ...node.handoff, maintainerId } }))}
              />
            </div>
            <TextField
              label="Acceptance"
              multiline
              rows={2}
              value={node.handoff?.acceptance}
              placeholder="What the receiving team accepts as done"
              onCommit={(acceptance) => set({ handoff: { ...node.handoff, acceptance } }, 'handoff-acceptance')}
            />
          </Section>

          {(handoffPoint || hasSignOffs) && (
            <Section id="node-signoffs" title="Sign-offs">
              <SignOffs node={node} />
            </Section>
          )}

          <Section id="node-data" title="Data">
            <DataFields
              data={node.data}
              onCommit={(data, field) => edits.nodeFields(id, { data }, `node:${id}:${field}`)}
            />
          </Section>

          <Section id="node-tech" title="Tech" defaultCollapsed={!node.tech}>
            <TextField label="Tech" hideLabel multiline rows={2} value={node.tech} placeholder="Stack, tools, environment" onCommit={(tech) => set({ tech }, 'tech')} />
          </Section>

          <Section id="node-checklist" title="Checklist" count={checklistCount(node)}>
            <ChecklistEditor node={node} />
          </Section>

          <Section id="node-requirements" title="Requirements" count={node.requirements?.length || undefined}>
            <RequirementsEditor node={node} />
          </Section>
        </>
      )}

      <Section id="node-notes" title="Notes" defaultCollapsed={!node.notes && !isNote}>
        <TextField label="Notes" hideLabel multiline rows={3} value={node.notes} onCommit={(notes) => set({ notes }, 'notes')} />
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
  const needsReview = data?.classification === 'restricted' || data?.personalData === true;
  return (
    <>
      <div className="field-row">
        <SelectField
          label="Data classification"
          value={data?.classification}
          options={CLASSIFICATION_OPTIONS}
          emptyLabel="Not classified"
          onCommit={(classification) => onCommit({ ...data, classification: classification as Classification | undefined }, 'data-classification')}
        />
        <CheckboxField
          label="Personal data"
          checked={data?.personalData === true}
          onCommit={(personalData) => onCommit({ ...data, personalData: personalData || undefined }, 'data-personal')}
        />
      </div>
      {needsReview && <p className="hint">Restricted or personal data needs a privacy or security requirement.</p>}
      <div className="field-row">
        <TextField label="Retention" value={data?.retention} placeholder="e.g. 7 years" onCommit={(retention) => onCommit({ ...data, retention }, 'data-retention')} />
        <TextField label="Volume" value={data?.volume} placeholder="e.g. 40M rows/day" onCommit={(volume) => onCommit({ ...data, volume }, 'data-volume')} />
      </div>
    </>
  );
}
