import { css } from "lit";

export const hoursEditorStyles = css`
  :host {
    display: block;
  }
  .zone {
    max-width: 22rem;
  }
  .section-title {
    margin: var(--k-space-5) 0 var(--k-space-1);
    font-size: var(--k-font-size-m);
  }
  .hint {
    margin-bottom: var(--k-space-3);
  }
  .days,
  .special-days,
  .slots,
  .problems {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .day {
    display: grid;
    grid-template-columns: 8rem minmax(0, 1fr);
    gap: var(--k-space-2) var(--k-space-4);
    padding: var(--k-space-3) 0;
    border-bottom: 1px solid var(--k-border);
  }
  .day-name {
    padding-top: 0.625rem;
    font-weight: 600;
  }
  .day-body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2) var(--k-space-3);
  }
  .day-body .problems {
    flex-basis: 100%;
  }
  .slots {
    display: grid;
    gap: var(--k-space-2);
  }
  .slot {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--k-space-2);
  }
  .slot input.time {
    width: 5.5rem;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  .dash {
    color: var(--k-text-muted);
  }
  .closed,
  .none {
    margin: 0;
    color: var(--k-text-muted);
  }
  .special .closed {
    padding-top: 0;
  }
  .day-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-2);
  }
  .day-actions .text-button,
  .special > .text-button {
    justify-self: start;
    min-height: 2.25rem;
    padding: 0 var(--k-space-1);
    font-size: var(--k-font-size-s);
  }
  .invalid {
    background: linear-gradient(to right, var(--k-danger-text) 0 3px, transparent 3px);
    padding-inline-start: var(--k-space-3);
  }
  .special {
    display: grid;
    gap: var(--k-space-2);
    margin-bottom: var(--k-space-3);
    padding: var(--k-space-3);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-m);
  }
  .special-fields {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--k-space-3);
  }
  .special-fields .field {
    margin: 0;
  }
  .note-field {
    flex: 1;
    min-width: 12rem;
  }
  .remove-special {
    margin-inline-start: auto;
  }
  .add-special {
    margin-top: var(--k-space-1);
  }
  @media (max-width: 36rem) {
    .day {
      grid-template-columns: minmax(0, 1fr);
    }
    .day-name {
      padding-top: 0;
    }

  }
`;
