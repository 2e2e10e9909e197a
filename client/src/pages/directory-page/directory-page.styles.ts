import { css } from "lit";

export const directoryPageStyles = css`
  .intro {
    margin-bottom: var(--k-space-5);
  }
  kontor-search-form {
    margin-bottom: var(--k-space-6);
  }
  .summary {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--k-space-3);
    min-height: 1.5rem;
    margin: 0 0 var(--k-space-3);
    color: var(--k-text-muted);
    font-weight: 600;
  }
  .results {
    display: grid;
    gap: var(--k-space-4);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 21rem), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results[aria-busy="true"] {
    opacity: 0.6;
    transition: opacity 200ms ease 150ms;
  }
  .notice {
    margin-bottom: var(--k-space-4);
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--k-space-3);
    margin-top: var(--k-space-5);
  }
`;
