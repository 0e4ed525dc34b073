import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { trapTab } from '../focus';

interface ModalProps {
  class: string;
  labelledBy: string;
  describedBy?: string;
  /** Escape, the close button or the browser closing it: never a decision. `undefined`: Escape does nothing. */
  onDismiss?: () => void;
  /** Where focus goes when it opens (a heading with tabindex=-1 reads the title first). */
  initialFocus: () => HTMLElement | null | undefined;
  children: ComponentChildren;
}

/**
 * A native modal `<dialog>`: top layer, the page behind it inert, labelled. Focus
 * moves in and is trapped; Escape calls `onDismiss` and nothing else. A browser may close it
 * anyway (Android's back gesture does at the second cancel, which cannot be refused): that
 * is `onDismiss` too, or the closed dialog would stay mounted and could not be opened again.
 * (Its own clean-up's close() fires `close` as well: `onDismiss` must bear a second call.)
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
      onClose={() => props.onDismiss?.()}
    >
      {props.children}
    </dialog>
  );
}
