import { css } from "lit";

/** Labels, inputs and their errors, for the signed-in forms (sign-in, settings, composer). */
export const formStyles = css`
  .field {
    display: grid;
    gap: var(--k-space-1);
    margin: 0 0 var(--k-space-4);
  }
  .field > label,
  .label {
    font-weight: 600;
    font-size: var(--k-font-size-s);
  }
  /* :where() keeps these at no specificity, so a component can size its own fields. */
  :where(input:not([type="checkbox"]):not([type="radio"]):not([type="file"]), select, textarea) {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--k-space-2) var(--k-space-3);
    border: 1px solid var(--k-border-strong);
    border-radius: var(--k-radius-m);
    background: var(--k-surface);
    color: var(--k-text);
    font: inherit;
  }
  textarea {
    resize: vertical;
    line-height: var(--k-line-height);
  }
  input[aria-invalid="true"],
  select[aria-invalid="true"],
  textarea[aria-invalid="true"] {
    border-color: var(--k-danger-text);
    box-shadow: 0 0 0 1px var(--k-danger-text);
  }
  input[type="checkbox"],
  input[type="radio"] {
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--k-accent);
  }
  .hint {
    margin: 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .field-error {
    margin: 0;
    color: var(--k-danger-text);
    font-size: var(--k-font-size-s);
    font-weight: 600;
  }
  .field-error::before {
    content: "⚠ ";
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--k-space-2);
    font-weight: 500;
  }
  fieldset {
    margin: 0 0 var(--k-space-4);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--k-space-2);
    font-weight: 600;
    font-size: var(--k-font-size-s);
  }
`;

/** Small secondary controls: icon buttons, text buttons, chips. */
export const controlStyles = css`
  .icon {
    flex: none;
    vertical-align: middle;
  }
  .icon-button,
  .text-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--k-space-1);
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0 var(--k-space-2);
    border: 1px solid transparent;
    border-radius: var(--k-radius-m);
    background: transparent;
    color: var(--k-text);
    font: inherit;
    cursor: pointer;
  }
  .icon-button:hover,
  .text-button:hover {
    background: var(--k-surface-muted);
  }
  .text-button {
    color: var(--k-link);
    font-weight: 600;
  }
  .text-button.danger {
    color: var(--k-danger-text);
  }
  .button.small {
    min-height: 2.25rem;
    padding: var(--k-space-1) var(--k-space-3);
    font-size: var(--k-font-size-s);
  }
  .button.danger {
    background: var(--k-surface);
    color: var(--k-danger-text);
    border-color: var(--k-danger-border);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--k-space-1);
    padding: 0.0625rem 0.5rem;
    border-radius: var(--k-radius-full);
    background: var(--k-surface-muted);
    color: var(--k-text);
    font-size: var(--k-font-size-s);
    line-height: 1.5;
    white-space: nowrap;
  }
  .chip.accent {
    background: var(--k-accent-soft);
    color: var(--k-link);
    font-weight: 600;
  }
  .count {
    display: inline-grid;
    place-items: center;
    min-width: 1.5rem;
    height: 1.5rem;
    padding: 0 0.375rem;
    border-radius: var(--k-radius-full);
    background: var(--k-surface-muted);
    color: var(--k-text);
    font-size: 0.8125rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .count.unread {
    background: var(--k-accent);
    color: var(--k-accent-text);
  }
`;

/** The native <dialog>: Escape closes it, focus stays inside while it is open. */
export const dialogStyles = css`
  dialog {
    width: min(32rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    padding: var(--k-space-5);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
    background: var(--k-surface);
    color: var(--k-text);
    box-shadow: var(--k-shadow-raised);
  }
  dialog::backdrop {
    background: rgb(16 24 40 / 45%);
  }
  dialog h2 {
    margin: 0 0 var(--k-space-4);
    font-size: var(--k-font-size-l);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--k-space-2);
    margin-top: var(--k-space-4);
  }
`;
