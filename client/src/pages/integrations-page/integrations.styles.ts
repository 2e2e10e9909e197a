import { css } from "lit";

/** The look the integrations panels share with the settings page: cards, their headings and lists. */
export const integrationsPanelStyles = css`
  :host {
    display: block;
  }
  .panel {
    padding: var(--k-space-5);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
    background: var(--k-surface);
    box-shadow: var(--k-shadow-card);
  }
  @media (max-width: 30rem) {
    .panel {
      padding: var(--k-space-4);
    }
  }
  h2 {
    font-size: var(--k-font-size-xl);
    margin-bottom: var(--k-space-2);
  }
  h3 {
    margin: var(--k-space-5) 0 var(--k-space-3);
    font-size: var(--k-font-size-m);
  }
  .intro {
    margin: 0 0 var(--k-space-4);
    color: var(--k-text-muted);
  }
  .none {
    color: var(--k-text-muted);
  }
  .notice {
    margin-bottom: var(--k-space-4);
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
  .muted {
    color: var(--k-text-muted);
  }
  code {
    font-family: var(--k-font-mono);
    font-size: 0.8125rem;
  }
`;
