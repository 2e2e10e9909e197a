import { css } from "lit";

export const hoursTableStyles = css`
  :host {
    display: block;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: var(--k-space-2) var(--k-space-3);
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--k-border);
  }
  thead th {
    font-size: var(--k-font-size-s);
    color: var(--k-text-muted);
    font-weight: 600;
  }
  tbody th {
    font-weight: 500;
    white-space: nowrap;
  }
  tbody tr:last-child > * {
    border-bottom: 0;
  }
  /* Today stands out by weight and a word ("today"), not by colour alone. */
  tr.today > * {
    background: var(--k-highlight-bg);
    font-weight: 700;
  }
  tr.today > :first-child {
    border-start-start-radius: var(--k-radius-s);
    border-end-start-radius: var(--k-radius-s);
  }
  tr.today > :last-child {
    border-start-end-radius: var(--k-radius-s);
    border-end-end-radius: var(--k-radius-s);
  }
  .today-tag {
    margin-inline-start: var(--k-space-2);
    font-size: var(--k-font-size-s);
    font-weight: 600;
    color: var(--k-text-muted);
  }
  .slot {
    display: block;
    white-space: nowrap;
  }
  .closed {
    color: var(--k-text-muted);
  }
`;
