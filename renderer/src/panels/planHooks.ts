// Narrow reads of the open plan for the panels. Each hook selects only what it
// shows (one node by id, the teams array), so typing in the inspector or dragging
// on the canvas re-renders only the panels whose data actually changed.
import { useMemo } from 'react';
import { PHASES } from '../../../shared/model/vocabulary';
import { useT } from '../i18n';
import { useFindings } from '../store/analysis';
import { useDocumentStore } from '../store/documentStore';
import type { Option } from './fields';

export const useNode = (id: string | undefined) =>
  useDocumentStore((s) => (id === undefined ? undefined : s.plan?.nodes?.find((n) => n.id === id)));

export const useEdge = (id: string | undefined) =>
  useDocumentStore((s) => (id === undefined ? undefined : s.plan?.edges?.find((e) => e.id === id)));

export const usePlan = () => useDocumentStore((s) => s.plan);
export const useTeams = () => useDocumentStore((s) => s.plan?.teams);
export const usePeople = () => useDocumentStore((s) => s.plan?.people);
export const useReadOnly = () => useDocumentStore((s) => Boolean(s.doc?.readOnlyReason));

export function useTeamOptions(): Option[] {
  const teams = useTeams();
  const t = useT();
  const unnamed = t('ui.inspector.teams.unnamed');
  return useMemo(() => (teams ?? []).map((team) => ({ value: team.id, label: team.name.trim() || unnamed })), [teams, unnamed]);
}

export function usePeopleOptions(): Option[] {
  const people = usePeople();
  const t = useT();
  const unnamed = t('ui.inspector.people.unnamed');
  return useMemo(() => (people ?? []).map((p) => ({ value: p.id, label: p.name.trim() || unnamed })), [people, unnamed]);
}

/** The phases named in the interface language (the values stay the plan's). */
export function usePhaseOptions(): Option[] {
  const t = useT();
  return vocabularyOptions(PHASES, (phase) => t(`vocab.phase.${phase}`));
}

/** Options from a closed vocabulary list, each labelled in the interface language (e.g. a `vocab.*` translation). */
export function vocabularyOptions<T extends string>(values: readonly T[], labelOf: (value: T) => string): Option[] {
  return values.map((v) => ({ value: v, label: labelOf(v) }));
}

/** The open plan's findings, computed once per plan and shared with the canvas (store/analysis). */
export const usePlanFindings = useFindings;
