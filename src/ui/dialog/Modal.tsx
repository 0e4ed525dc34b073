import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { trapTab } from '../focus';

interface ModalProps {
  class: string;
  labelledBy: string;
  describedBy?: string;
  /** Escape or the close button: never a decision. `undefined` means Escape does nothing. */
  onDismiss?: () => void;
  /** Where focus goes when it opens (a heading with tabindex=-1 reads the title first). */
  initialFocus: () => HTMLElement | null | undefined;
  children: ComponentChildren;
}

/**
 * A native modal `<dialog>`: top layer, the page behind it inert, labelled. Focus
 * moves in and is trapped; Escape calls `onDismiss` and nothing else.
 */
export function Modal(props: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    (props.initialFocus() ?? dialog).focus();
    return () => dialog.close();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Handled here rather than by the dialog's own cancel, which would close it behind our back.
      event.preventDefault();
      event.stopPropagation();
      props.onDismiss?.();
      return;
    }
    trapTab(event, ref.current!);
  };
  return (
    <dialog
      ref={ref}
      class={props.class}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onKeyDown={onKeyDown}
      onCancel={(e) => e.preventDefault()}
    >
      {props.children}
    </dialog>
  );
}
