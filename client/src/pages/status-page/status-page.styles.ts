import { css } from "lit";

export const statusPageStyles = css`
  section {
    max-width: 40rem;
    padding: var(--k-space-4) var(--k-space-5);
    background: var(--k-surface);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
  }
  ul {
    list-style: none;
    padding: 0;
    margin: var(--k-space-3) 0 0;
  }
  li {
    display: flex;
    justify-content: space-between;
    gap: var(--k-space-4);
    padding: var(--k-space-1) 0;
  }
  .ok {
    color: var(--k-open-text);
    font-weight: 600;
  }
  .failing {
    color: var(--k-danger-text);
    font-weight: 600;
  }
`;
