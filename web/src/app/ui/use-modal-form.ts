// What every confirm-in-a-dialog form shares: a native <dialog> opened as a modal on mount, a submit
// that runs the action and closes on success or shows its error, and Escape closing through React
// state (unless the action is running), so the parent unmounts the dialog.
import { useEffect, useId, useRef, useState, type FormEvent, type SyntheticEvent } from 'react';

export function useModalForm(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  /** A submit handler running `action`; the dialog closes when it succeeds. */
  const submitWith = (action: () => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const onCancel = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!busy) onClose();
  };

  return { ref, id, error, busy, submitWith, onCancel };
}
