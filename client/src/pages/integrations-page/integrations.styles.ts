import { css } from "lit";

/** What the API-keys and webhooks panels add to the settings cards. */
export const integrationsPanelStyles = css`
  h3 {
    margin: var(--k-space-5) 0 var(--k-space-3);
  }
  .intro {
    margin: 0 0 var(--k-space-4);
    color: var(--k-text-muted);
  }
  .status-line {
    margin: 0;
    min-height: 1.5em;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .create {
    margin-top: var(--k-space-5);
    padding-top: var(--k-space-2);
    border-top: 1px solid var(--k-border);
  }
  code {
    font-family: var(--k-font-mono);
    font-size: 0.8125rem;
  }
`;
