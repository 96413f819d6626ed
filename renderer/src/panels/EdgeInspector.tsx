// The inspector for one selected edge: a data flow or integration between two
// nodes. An edge between two teams is an integration that needs a contract.
import type { PlanEdge } from '../../../shared/model/types';
import { PROTOCOLS, type Protocol } from '../../../shared/model/vocabulary';
import { clearBendPointsOf } from '../canvas/BendPoints';
import { edgeRoute } from '../canvas/flowModel';
import { useT } from '../i18n';
import { edits } from './edit';
import { Section, SelectField, TextField } from './fields';
import { FindingList } from './FindingList';
import { DataFields } from './NodeInspector';
import { useEdge, useNode, usePlanFindings, useTeams, vocabularyOptions } from './planHooks';
import { revealTarget } from './reveal';

/** How the canvas draws the flow (the edge's `route` field, docs/format-extensions.md); unset is right angles. */
const ROUTES = ['straight', 'curved'] as const;
/** Frequencies offered as suggestions, in the interface language (the field stays free text). */
const FREQUENCY_SUGGESTIONS = ['realTime', 'hourly', 'daily', 'weekly', 'monthly', 'onDemand'] as const;

export function EdgeInspector({ edgeId }: { edgeId: string }) {
  const edge = useEdge(edgeId);
  const t = useT();
  if (!edge) return <p className="panel-empty">{t('ui.inspector.edge.gone')}</p>;
  return <EdgeForm key={edge.id} edge={edge} />;
}

function EdgeForm({ edge }: { edge: PlanEdge }) {
  const t = useT();
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
        <span className="type-badge">{t('ui.inspector.edge.badge')}</span>
        <h2 className="inspector-title edge-ends">
          <EndButton id={edge.source} title={source?.title} />
          <span className="edge-arrow" aria-hidden="true">
            →
          </span>
          <span className="visually-hidden">{t('ui.inspector.edge.to')}</span>
          <EndButton id={edge.target} title={target?.title} />
        </h2>
      </header>
      {crosses ? (
        <p className="hint hint-boundary">
          {t('ui.inspector.edge.crosses', { from: teamName(source?.ownerTeamId) ?? '', to: teamName(target?.ownerTeamId) ?? '' })}
        </p>
      ) : (
        <p className="hint">
          {source?.ownerTeamId
            ? t('ui.inspector.edge.withinTeam', { team: teamName(source.ownerTeamId) ?? '' })
            : t('ui.inspector.edge.withinOneTeam')}
        </p>
      )}
      <FindingList findings={findings} emptyText={t('ui.inspector.edge.noFindings')} />

      <Section id="edge-flow" title={t('ui.inspector.edge.sections.flow')}>
        <TextField
          label={t('ui.inspector.edge.label')}
          value={edge.label}
          placeholder={t('ui.inspector.edge.labelPlaceholder')}
          onCommit={(label) => set({ label }, 'label')} />
        <div className="field-row">
          <SelectField
            label={t('ui.inspector.edge.protocol')}
            value={edge.protocol}
            options={vocabularyOptions(PROTOCOLS, (p) => t(`vocab.protocol.${p}`))}
            emptyLabel={t('ui.inspector.edge.notDecided')}
            onCommit={(protocol) => set({ protocol: protocol as Protocol | undefined }, 'protocol')}
          />
          <FrequencyField value={edge.frequency} onCommit={(frequency) => set({ frequency }, 'frequency')} />
        </div>
        <SelectField
          label={t('ui.inspector.edge.line')}
          value={edgeRoute(edge) === 'orthogonal' ? undefined : edgeRoute(edge)}
          options={vocabularyOptions(ROUTES, (route) => t(`ui.inspector.edge.route.${route}`))}
          emptyLabel={t('ui.inspector.edge.rightAngles')}
          onCommit={(route) => set({ route } as Partial<PlanEdge>, 'route')}
        />
        {(edge.points?.length ?? 0) > 0 && (
          <button type="button" className="button-secondary" onClick={() => clearBendPointsOf(id)}>
            {t('ui.canvas.edges.clear')}
          </button>
        )}
      </Section>

      <Section id="edge-data" title={t('ui.inspector.edge.sections.data')}>
        <DataFields data={edge.data} onCommit={(data, field) => set({ data }, field)} />
      </Section>

      <Section id="edge-contract" title={t('ui.inspector.edge.sections.contract')}>
        <TextField
          label={t('ui.inspector.edge.contract')}
          multiline
          rows={4}
          value={edge.contract}
          placeholder={t('ui.inspector.edge.contractPlaceholder')}
          onCommit={(contract) => set({ contract }, 'contract')}
        />
      </Section>
    </div>
  );
}

function EndButton({ id, title }: { id: string; title: string | undefined }) {
  const t = useT();
  if (title === undefined) return <span className="missing">{t('ui.inspector.edge.missingNode', { id })}</span>;
  return (
    <button type="button" className="button-link" onClick={() => revealTarget({ kind: 'node', id })}>
      {title}
    </button>
  );
}

function FrequencyField({ value, onCommit }: { value: string | undefined; onCommit(next: string): void }) {
  const t = useT();
  return (
    <div className="field-with-list">
      <TextField
        label={t('ui.inspector.edge.frequency')}
        value={value}
        placeholder={t('ui.inspector.edge.frequencyPlaceholder')}
        list="frequency-suggestions"
        onCommit={onCommit}
      />
      <datalist id="frequency-suggestions">
        {FREQUENCY_SUGGESTIONS.map((f) => (
          <option key={f} value={t(`ui.inspector.edge.frequencies.${f}`)} />
        ))}
      </datalist>
    </div>
  );
}
