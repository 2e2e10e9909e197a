import { css } from "lit";

/**
 * One conversation in a list, as the customer's conversation list and the
 * staff inbox both show it: a link with a name, a time, a preview line and
 * tags, bolder while unread.
 */
export const listItemStyles = css`
  .entry {
    display: flex;
    gap: var(--k-space-3);
    align-items: flex-start;
    padding: var(--k-space-3);
    border-radius: var(--k-radius-m);
    color: var(--k-text);
    text-decoration: none;
  }
  .entry:hover {
    background: var(--k-surface-muted);
  }
  .entry[aria-current="page"] {
    background: var(--k-accent-soft);
    box-shadow: inset 3px 0 0 var(--k-accent);
  }
  .entry-main {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 0.125rem;
  }
  .entry-top {
    display: flex;
    align-items: baseline;
    gap: var(--k-space-2);
  }
  .entry-name {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .entry-time {
    flex: none;
    color: var(--k-text-muted);
    font-size: 0.8125rem;
  }
  .entry-preview {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .unread .entry-name,
  .unread .entry-preview {
    color: var(--k-text);
    font-weight: 700;
  }
  .entry-tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-1);
    margin-top: var(--k-space-1);
  }
  .count.unread {
    align-self: center;
  }
`;
