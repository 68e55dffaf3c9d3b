import type { MessageKind } from '@/lib/coach';
import { KIND_LABELS } from '@/lib/silence/kind';

/** Offers the template of the message kind that fits the contact's state. */
export function TemplateOffer(props: { kind: MessageKind; canWrite: boolean; onUse: () => void }) {
  const label = KIND_LABELS[props.kind];
  return (
    <p className="template-offer">
      <button
        type="button"
        data-testid="use-template"
        disabled={!props.canWrite}
        title={
          props.canWrite
            ? 'Replace your draft with this template (Undo brings it back)'
            : 'Open a reply box first'
        }
        onClick={props.onUse}
      >
        Start from the “{label.label}” template
      </button>{' '}
      <span className="muted">{label.why}</span>
    </p>
  );
}
