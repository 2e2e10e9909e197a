import { css } from "lit";

export const languageSwitchStyles = css`
  :host {
    display: inline-flex;
  }
  .switch {
    display: inline-flex;
    padding: 2px;
    border: 1px solid var(--k-border-strong);
    border-radius: var(--k-radius-full);
    background: var(--k-surface);
  }
  button {
    min-width: 2.75rem;
    min-height: 2.25rem;
    padding: 0 var(--k-space-3);
    border: 0;
    border-radius: var(--k-radius-full);
    background: transparent;
    color: var(--k-text);
    font: inherit;
    font-size: var(--k-font-size-s);
    font-weight: 600;
    cursor: pointer;
  }
  button[aria-pressed="true"] {
    background: var(--k-accent);
    color: var(--k-accent-text);
  }
  button:hover:not([aria-pressed="true"]) {
    background: var(--k-surface-muted);
  }
`;
