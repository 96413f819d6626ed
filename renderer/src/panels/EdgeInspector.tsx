// The inspector for one selected edge: a data flow or integration between two
// nodes. An edge between two teams is an integration that needs a contract.
import type { PlanEdge } from '../../../shared/model/types';
import { PROTOCOLS, PROTOCOL_LABELS, type Protocol } from '../../../shared/model/vocabulary';
import { edgeRoute } from '../canvas/flowModel';
import { edits } from './edit';
import { Section, SelectField, TextField } from './fields';
import { FindingList } from './FindingList';
import { DataFields } from './NodeInspector';
import { useEdge, useNode, usePlanFindings, useTeams, vocabularyOptions } from './planHooks';
import { revealTarget } from './reveal';

const PROTOCOL_OPTIONS = vocabularyOptions(PROTOCOLS, PROTOCOL_LABELS);
/** How the canvas draws the flow (the edge's `route` field, docs/format-extensions.md). */
const ROUTE_OPTIONS = [
  { value: 'straight', label: 'Straight' },
  { value: 'curved', label: 'Curved' },
];
const FREQUENCY_SUGGESTIONS = ['real-time', 'hourly', 'daily', 'weekly', 'monthly', 'on demand'];

export function EdgeInspector({ edgeId }: { edgeId: string }) {
  const edge = useEdge(edgeId);
  if (!edge) return <p className="panel-empty">This connection no longer exists.</p>;
  return <EdgeForm key={edge.id} edge={edge} />;
}

function EdgeForm({ edge }: { edge: PlanEdge }) {
  const source = useNode(edge.source);
  const target = useNode(edge.target);
  const teams = useTeams();
  const findings = usePlanFindings().filter((f) => f.target.kind === 'edge' && f.target.id === edge.id);
  const teamName = (id?: string) => teams?.find((t) => t.id === id)?.name;
  const crosses = Boolean(source?.ownerTeamId && target?.ownerTeamId && source.ownerTeamId !== target.ownerTeamId);
  const id = edge.id;
  const set = (patch: Partial<PlanEdge>, field: string) => edits.edgeFields(id, patch, `edge:${id}:${field}`);

  return (
    <div className="inspector-body">
      <header className="inspector-heading">
        <span className="type-badge">Connection</span>
        <h2 className="inspector-title edge-ends">
          <EndButton id={edge.source} title={source?.title} />
          <span className="edge-arrow" aria-hidden="true">
            →
          </span>
          <span className="visually-hidden">to</span>
          <EndButton id={edge.target} title={target?.title} />
        </h2>
      </header>
      {crosses ? (
        <p className="hint hint-boundary">
          Crosses a team boundary: {teamName(source?.ownerTeamId)} → {teamName(target?.ownerTeamId)}. This integration needs a protocol and an agreed
          contract.
        </p>
      ) : (
        <p className="hint">Within one team{source?.ownerTeamId ? `: ${teamName(source.ownerTeamId) ?? ''}` : ''}.</p>
      )}
      <FindingList findings={findings} emptyText="No findings for this connection." />

      <Section id="edge-flow" title="Flow">
        <TextField label="Label" value={edge.label} placeholder="What moves along it" onCommit={(label) => set({ label }, 'label')} />
        <div className="field-row">
          <SelectField
            label="Protocol"
            value={edge.protocol}
            options={PROTOCOL_OPTIONS}
            emptyLabel="Not decided"
            onCommit={(protocol) => set({ protocol: protocol as Protocol | undefined }, 'protocol')}
          />
          <FrequencyField value={edge.frequency} onCommit={(frequency) => set({ frequency }, 'frequency')} />
        </div>
        <SelectField
          label="Line"
          value={edgeRoute(edge) === 'orthogonal' ? undefined : edgeRoute(edge)}
          options={ROUTE_OPTIONS}
          emptyLabel="Right angles (default)"
          onCommit={(route) => set({ route } as Partial<PlanEdge>, 'route')}
        />
      </Section>

      <Section id="edge-data" title="Data">
        <DataFields data={edge.data} onCommit={(data, field) => set({ data }, field)} />
      </Section>

      <Section id="edge-contract" title="Contract">
        <TextField
          label="Contract"
          multiline
          rows={4}
          value={edge.contract}
          placeholder="Schema, SLA, who owns changes"
          onCommit={(contract) => set({ contract }, 'contract')}
        />
      </Section>
    </div>
  );
}

function EndButton({ id, title }: { id: string; title: string | undefined }) {
  if (title === undefined) return <span className="missing">missing node “{id}”</span>;
  return (
    <button type="button" className="button-link" onClick={() => revealTarget({ kind: 'node', id })}>
      {title}
    </button>
  );
}

function FrequencyField({ value, onCommit }: { value: string | undefined; onCommit(next: string): void }) {
  return (
    <div className="field-with-list">
      <TextField label="Frequency" value={value} placeholder="e.g. daily" list="frequency-suggestions" onCommit={onCommit} />
      <datalist id="frequency-suggestions">
        {FREQUENCY_SUGGESTIONS.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
    </div>
  );
}
