import { STATUS_LABELS, type ChangeStatus } from '@/lib/editor/changes';

const LOOK: Record<ChangeStatus, string> = {
  concept: 'border-ink bg-white',
  ter_controle: 'border-accent-500 bg-accent-100',
  gepubliceerd: 'border-brand-700 bg-brand-50',
  vervallen: 'border-muted bg-white text-muted',
};

/** The state of a change, in words (the colour only repeats them). */
export function StatusTag({ status }: { status: ChangeStatus }) {
  return <strong className={`inline-block rounded border-2 px-2 py-0.5 text-sm ${LOOK[status]}`}>{STATUS_LABELS[status]}</strong>;
}
