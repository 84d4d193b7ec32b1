/**
 * A form's Escape: cancels it and marks the key as taken (preventDefault), so a listener further
 * up — the alert of changes not kept closes on Escape — knows this Escape was the form's.
 */
export const cancelOnEscape =
  (onCancel: () => void) =>
  (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onCancel();
  };
