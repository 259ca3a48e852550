// A modal dialog on the native <dialog> element: Escape closes it, the browser keeps focus inside, and
// focus returns to whatever had it before the dialog opened.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function Dialog({
  title,
  onClose,
  children,
  className = 'modal',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** "modal drawer" slides it to the side (the creator drawer). */
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Taken while rendering, before showModal() moves focus into the dialog.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby="dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      {children}
    </dialog>
  );
}
