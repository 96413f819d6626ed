// Narrow reads of the open plan for the panels. Each hook selects only what it
// shows (one node by id, the teams array), so typing in the inspector or dragging
// on the canvas re-renders only the panels whose data actually changed.
import { useMemo } from 'react';
import { PHASES, PHASE_LABELS } from '../../../shared/model/vocabulary';
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
  return useMemo(() => (teams ?? []).map((t) => ({ value: t.id, label: t.name.trim() || 'Unnamed team' })), [teams]);
}

export function usePeopleOptions(): Option[] {
  const people = usePeople();
  return useMemo(() => (people ?? []).map((p) => ({ value: p.id, label: p.name.trim() || 'Unnamed person' })), [people]);
}

export const PHASE_OPTIONS: Option[] = PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] }));

/** Options from a closed vocabulary list and its display labels. */
export function vocabularyOptions<T extends string>(values: readonly T[], labels: Record<T, string>): Option[] {
  return values.map((v) => ({ value: v, label: labels[v] }));
}

/** The open plan's findings, computed once per plan and shared with the canvas (store/analysis). */
export const usePlanFindings = useFindings;
