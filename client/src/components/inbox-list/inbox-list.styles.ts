import { css } from "lit";

/** What the inbox adds to the shared list item (styles/list-item-styles.ts): filters, avatars, labels, paging. */
export const inboxListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .filters {
    display: grid;
    gap: var(--k-space-2);
    padding: var(--k-space-3);
    border-bottom: 1px solid var(--k-border);
  }
  .tabs,
  .segments {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tab,
  .segment {
    display: inline-flex;
    align-items: center;
    gap: var(--k-space-1);
    min-height: 2.25rem;
    padding: 0 var(--k-space-2);
    border-radius: var(--k-radius-m);
    color: var(--k-text);
    font-size: var(--k-font-size-s);
    font-weight: 600;
    text-decoration: none;
  }
  /* Four statuses side by side at any width: the count above its name. */
  .tabs {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
  .tab {
    min-width: 0;
    flex-direction: column-reverse;
    justify-content: center;
    gap: 0;
    width: 100%;
    min-height: 3.25rem;
    padding: var(--k-space-1) 0.125rem;
    text-align: center;
  }
  .tab .count {
    background: transparent;
    font-size: var(--k-font-size-l);
    height: auto;
  }
  .tab-label {
    max-width: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .tab:hover,
  .segment:hover {
    background: var(--k-surface-muted);
  }
  .tab[aria-current="page"] {
    background: var(--k-accent);
    color: var(--k-accent-text);
  }
  .tab[aria-current="page"] .count {
    color: inherit;
  }
  .segments {
    padding: 0.1875rem;
    border-radius: var(--k-radius-m);
    background: var(--k-surface-muted);
    justify-self: start;
  }
  .segment {
    min-height: 2rem;
    color: var(--k-text-muted);
  }
  .segment[aria-current="page"] {
    background: var(--k-surface);
    color: var(--k-text);
    box-shadow: var(--k-shadow-card);
  }
  .summary {
    margin: 0;
    padding: var(--k-space-2) var(--k-space-4) 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .conversations {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    margin: 0;
    padding: var(--k-space-2);
    list-style: none;
  }
  .logo.small {
    border-radius: 50%;
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
    font-size: 0.9375rem;
  }
  .chip.label {
    background: transparent;
    border: 1px solid var(--k-border);
  }
  .empty {
    padding: var(--k-space-6) var(--k-space-4);
    text-align: center;
  }
  .empty p {
    margin: 0 0 var(--k-space-2);
  }
  .empty-title {
    font-weight: 600;
  }
  .empty-hint {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .more {
    display: flex;
    justify-content: center;
    padding: var(--k-space-2);
  }
`;
