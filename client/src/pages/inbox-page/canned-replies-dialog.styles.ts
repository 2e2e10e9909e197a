import { css } from "lit";

export const cannedRepliesDialogStyles = css`
  .canned-list {
    display: grid;
    gap: var(--k-space-2);
    margin: 0 0 var(--k-space-4);
    padding: 0;
    list-style: none;
    max-height: 50vh;
    overflow-y: auto;
  }
  .canned {
    display: grid;
    gap: 0.125rem;
    width: 100%;
    padding: var(--k-space-2) var(--k-space-3);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-m);
    background: var(--k-surface);
    color: var(--k-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .canned:hover {
    background: var(--k-surface-muted);
  }
  .canned-title {
    font-weight: 600;
  }
  .canned-body {
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
`;
