import { css } from "lit";

export const signinPageStyles = css`
  :host {
    display: block;
    max-width: 30rem;
    margin: 0 auto;
  }
  .card {
    padding: var(--k-space-6) var(--k-space-5);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
    background: var(--k-surface);
    box-shadow: var(--k-shadow-card);
  }
  .lead {
    font-size: var(--k-font-size-m);
  }
  .privacy {
    margin: var(--k-space-4) var(--k-space-2) 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
    text-align: center;
  }
  @media (max-width: 30rem) {
    .card {
      padding: var(--k-space-5) var(--k-space-4);
    }
  }
`;
