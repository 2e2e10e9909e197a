import { css } from "lit";

export const staffConversationStyles = css`
  .avatar {
    --size: 2.5rem;
    border-radius: 50%;
    flex: none;
  }
  .status {
    padding: 0 0.5rem;
    border-radius: var(--k-radius-full);
    background: var(--k-surface-muted);
    font-weight: 600;
  }
  .status-open {
    background: var(--k-accent-soft);
    color: var(--k-link);
  }
  .status-resolved {
    background: var(--k-open-bg);
    color: var(--k-open-text);
  }
  .status-snoozed,
  .status-pending {
    background: var(--k-highlight-bg);
  }
  .mxid {
    overflow-wrap: anywhere;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-1) var(--k-space-4);
    padding: var(--k-space-1) var(--k-space-4);
    border-bottom: 1px solid var(--k-border);
    background: var(--k-surface);
  }
  .tool {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2);
  }
  .tool label,
  .tool .label {
    font-size: var(--k-font-size-s);
    font-weight: 600;
    color: var(--k-text-muted);
  }
  .tool select {
    width: auto;
    min-height: 2.25rem;
    max-width: 14rem;
    padding: 0 var(--k-space-2);
    font-size: var(--k-font-size-s);
  }
  .labels {
    flex: 1 1 auto;
  }
  .label-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    width: 1.25rem;
    height: 1.25rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--k-text-muted);
    font-size: 0.6875rem;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--k-border);
    color: var(--k-text);
  }
  .toolbar .label-form input#new-label {
    width: 7rem;
    min-height: 2.25rem;
    padding: 0 var(--k-space-2);
    font-size: var(--k-font-size-s);
  }
  .action-problem {
    margin: var(--k-space-2) var(--k-space-4);
  }
  .info {
    border-bottom: 1px solid var(--k-border);
    background: var(--k-surface);
    font-size: var(--k-font-size-s);
  }
  .compose-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--k-space-2);
  }
  .compose-tools .text-button {
    min-height: 2.25rem;
    font-size: var(--k-font-size-s);
  }
  .compose-tools .hint {
    font-size: 0.8125rem;
    color: var(--k-text-muted);
  }
  .header-actions {
    display: flex;
    flex: none;
    gap: var(--k-space-2);
  }
  .details-toggle {
    min-height: 2.25rem;
    margin-inline-start: auto;
    font-size: var(--k-font-size-s);
  }
  .details-toggle .icon,
  .compose-tools .icon {
    width: 1rem;
    height: 1rem;
  }
  @media (max-width: 40rem) {
    .action-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .header-actions .button {
      padding: var(--k-space-1) var(--k-space-2);
    }
  }
  @media (max-width: 30rem) {
    .toolbar {
      padding: var(--k-space-2) var(--k-space-3);
    }
  }
  .details-narrow {
    display: none;
  }
  /* Phones: the conversation gets the room; assignee, labels and details open on request. */
  @media (max-width: 40rem) {
    .toolbar:not(.expanded) .tool {
      display: none;
    }
    .details-narrow {
      display: inline;
    }
    .details-wide {
      display: none;
    }
    .avatar,
    .header-detail .mxid {
      display: none;
    }
    .toolbar {
      gap: var(--k-space-1) var(--k-space-3);
    }
  }
`;
