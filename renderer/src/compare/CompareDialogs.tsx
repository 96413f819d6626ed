// The dialogs of compare and merge: the plan picker (browser host) and the merge dialog.
import { useCompareStore } from './compareStore';
import { MergeDialog } from './MergeDialog';
import { PlanPicker } from './PlanPicker';

export function CompareDialogs() {
  const picking = useCompareStore((s) => s.picking);
  const merge = useCompareStore((s) => s.merge);
  return (
    <>
      {picking && <PlanPicker purpose={picking} />}
      {merge && <MergeDialog key={merge.other.ref + merge.result.conflicts.length} session={merge} />}
    </>
  );
}
