import { css } from "lit";

export const integrationsPageStyles = css`
  :host {
    max-width: 52rem;
  }
  .back {
    margin: 0 0 var(--k-space-3);
    font-size: var(--k-font-size-s);
  }
  .sections {
    display: grid;
    gap: var(--k-space-5);
  }
`;
