import { css } from "lit";

export const apiKeysPanelStyles = css`
  .key.revoked {
    background: var(--k-surface-muted);
  }
  .key-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .key.revoked .key-name {
    text-decoration: line-through;
    color: var(--k-text-muted);
  }
  .key-meta {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
    overflow-wrap: anywhere;
  }
  .chip.revoked-chip {
    background: var(--k-danger-bg);
    color: var(--k-danger-text);
    font-weight: 600;
  }
  #key-name {
    max-width: 24rem;
  }
  .scopes {
    display: grid;
    gap: var(--k-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .scope-hint {
    margin-left: 1.75rem;
  }
`;
