// The differences between the open plan and the other copy, grouped by kind of
// entity, each with its fields before → after; canvas moves come last, as minor.
// Clicking a difference selects the thing in the open plan and brings it into view.
import { memo, useMemo } from 'react';
import { ENTITY_KINDS, type EntityKind, type PlanChange } from '../../../shared/merge/index';
import { revealNodes } from '../canvas/viewport';
import { useT } from '../i18n';
import { revealTarget } from '../panels/reveal';
import { useDocumentStore } from '../store/documentStore';
import type { CompareView } from './compareView';
import { displayValue, entityGroupLabel, fieldLabel, namesOf } from './describe';
import { ghostId, statusNote } from './overlay';

/** More than this many differences are summarised, so a very different copy does not stall the panel. */
const MAX_SHOWN = 300;

/** Selects what a difference is about in the open plan (or shows its ghost) and brings it into view. */
export function revealChange(change: PlanChange, view: CompareView): void {
  const { plan, setSelection, clearSelection } = useDocumentStore.getState();
  if (!plan) return;
  const inCurrent = (nodeId: string | undefined) => nodeId !== undefined && view.currentNodeIds.has(nodeId);
  switch (change.entity) {
    case 'node':
      if (change.kind === 'added') {
        clearSelection();
        revealNodes([ghostId(change.id)]);
      } else revealTarget({ kind: 'node', id: change.id });
      return;
    case 'edge': {
      if (change.kind !== 'added') return revealTarget({ kind: 'edge', id: change.id });
      const edge = view.addedEdges.find((e) => e.id === change.id);
      clearSelection();
      if (edge) revealNodes([edge.source, edge.target].map((id) => (inCurrent(id) ? id : ghostId(id))));
      return;
    }
    case 'checklist-item':
    case 'requirement':
      if (change.kind !== 'added' && change.entity === 'checklist-item') return revealTarget({ kind: 'checklist-item', id: change.id });
      if (inCurrent(change.nodeId)) {
        setSelection({ nodeIds: [change.nodeId!], edgeIds: [] });
        revealTarget({ kind: 'node', id: change.nodeId });
      } else if (change.nodeId) {
        clearSelection();
        revealNodes([ghostId(change.nodeId)]);
      }
      return;
    case 'question':
    case 'person':
    case 'team':
      return revealTarget({ kind: change.entity, id: change.id });
    default:
      revealTarget({ kind: 'plan' });
  }
}

const MARKS = { added: '+', removed: '−', changed: '~' } as const;

const ChangeEntry = memo(function ChangeEntry({
  change,
  view,
  names,
  nodeTitle,
}: {
  change: PlanChange;
  view: CompareView;
  names: ReadonlyMap<string, string>;
  nodeTitle: string | undefined;
}) {
  const t = useT();
  const status = change.kind === 'changed' ? (change.minor ? 'moved' : 'changed') : change.kind;
  return (
    <li>
      <button type="button" className={`change change--${status}`} onClick={() => revealChange(change, view)}>
        <span className="change__head">
          <span className="change__mark" aria-hidden="true">
            {MARKS[change.kind]}
          </span>
          <span className="change__label">{change.label || change.id}</span>
        </span>
        <span className="change__where">
          <span className="change__status">{statusNote(status, view.shortName, t)}</span>
          {nodeTitle && <> · {t('ui.compare.changeList.inNode', { node: nodeTitle })}</>}
        </span>
        {change.fields?.map((f) => (
          <span key={f.field} className="change__field">
            <span className="change__field-name">{fieldLabel(f.field, t)}</span>
            <span className="change__values">
              <del className="change__before">{displayValue(f.field, f.before, names, t)}</del>
              <span className="change__arrow" aria-hidden="true">
                →
              </span>
              <span className="visually-hidden">{t('ui.compare.changeList.becomes')}</span>
              <ins className="change__after">{displayValue(f.field, f.after, names, t)}</ins>
            </span>
          </span>
        ))}
      </button>
    </li>
  );
});

export function ChangeList({ view }: { view: CompareView }) {
  const t = useT();
  const plan = useDocumentStore((s) => s.plan);
  const names = useMemo(() => namesOf(plan, view.other.plan), [plan, view.other.plan]);
  const groups = useMemo(() => {
    const shown = view.diff.changes.slice(0, MAX_SHOWN);
    const major = new Map<EntityKind, PlanChange[]>();
    const minor: PlanChange[] = [];
    for (const change of shown) {
      if (change.minor) minor.push(change);
      else major.set(change.entity, [...(major.get(change.entity) ?? []), change]);
    }
    const ordered = ENTITY_KINDS.filter((k) => major.has(k)).map((k) => ({ key: k, title: entityGroupLabel(k, t), changes: major.get(k)! }));
    if (minor.length) ordered.push({ key: 'minor' as EntityKind, title: t('ui.compare.changeList.minor'), changes: minor });
    return ordered;
  }, [view.diff, t]);

  if (view.diff.changes.length === 0) return <p className="compare-panel__same">{t('ui.compare.changeList.same')}</p>;
  const hidden = view.diff.changes.length - MAX_SHOWN;
  return (
    <div className="change-list" aria-label={t('ui.compare.changeList.label')}>
      {groups.map((group) => (
        <section key={group.key} className="change-group" aria-label={group.title}>
          <h3 className="change-group__title">
            {group.title} <span className="change-group__count">{group.changes.length}</span>
          </h3>
          <ul className="change-group__list">
            {group.changes.map((change) => (
              <ChangeEntry
                key={`${change.entity}:${change.id}`}
                change={change}
                view={view}
                names={names}
                nodeTitle={change.nodeId !== undefined ? (names.get(change.nodeId) ?? change.nodeId) : undefined}
              />
            ))}
          </ul>
        </section>
      ))}
      {hidden > 0 && <p className="change-list__more">{t('ui.compare.changeList.more', { count: hidden })}</p>}
    </div>
  );
}

