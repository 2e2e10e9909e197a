import { css } from "lit";

export const webhooksPanelStyles = css`
  .webhook-list {
    display: grid;
    gap: var(--k-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .guide {
    margin: 0 0 var(--k-space-4);
    padding: var(--k-space-3) var(--k-space-4);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-m);
    background: var(--k-surface-muted);
    font-size: var(--k-font-size-s);
  }
  .guide summary {
    min-height: 1.75rem;
    font-weight: 600;
    font-size: var(--k-font-size-m);
    cursor: pointer;
  }
  .guide p {
    margin: var(--k-space-3) 0 0;
  }
  .guide dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--k-space-2) var(--k-space-3);
    margin: var(--k-space-3) 0 0;
  }
  .guide dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .guide dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .guide dd {
      margin-bottom: var(--k-space-2);
    }
  }
`;
