import { css } from "lit";

export const openBadgeStyles = css`
  :host {
    display: inline-flex;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.125rem 0.625rem;
    border-radius: var(--k-radius-full);
    font-size: var(--k-font-size-s);
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .open {
    color: var(--k-open-text);
    background: var(--k-open-bg);
  }
  .closed {
    color: var(--k-closed-text);
    background: var(--k-closed-bg);
  }
  /* Shape as well as colour: a filled dot for open, a ring for closed. */
  .dot {
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  .open .dot {
    background: currentColor;
  }
`;
