import { css } from "lit";

export const customerDetailsStyles = css`
  :host {
    display: block;
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--k-space-2) var(--k-space-4);
    margin: 0;
    padding: var(--k-space-3) var(--k-space-4);
  }
  dt {
    color: var(--k-text-muted);
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .mxid {
    overflow-wrap: anywhere;
  }
`;
