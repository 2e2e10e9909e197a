import { css } from "lit";

/** The settings page's own panels: the way to integrations and the staff list. */
export const settingsPageStyles = css`
  h2 {
    margin-bottom: var(--k-space-4);
  }
  .panel-action {
    margin: var(--k-space-4) 0 0;
  }
  .mxid {
    flex: 1;
    overflow-wrap: anywhere;
    font-family: var(--k-font-mono);
    font-size: var(--k-font-size-s);
  }
  .muted {
    font-family: var(--k-font-family);
  }
  .command {
    margin: var(--k-space-2) 0 0;
    padding: var(--k-space-2) var(--k-space-3);
    overflow-x: auto;
    border-radius: var(--k-radius-s);
    background: var(--k-surface-muted);
    font-size: 0.8125rem;
  }
`;
