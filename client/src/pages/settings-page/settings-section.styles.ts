import { css } from "lit";

/** What every section of the settings page shares: its save row and its problems. */
export const settingsSectionStyles = css`
  h2 {
    margin-bottom: var(--k-space-4);
  }
  h3 {
    margin: var(--k-space-4) 0 var(--k-space-3);
  }
  .save-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-3);
    margin: var(--k-space-4) 0 0;
  }
  .save-status {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .saved {
    color: var(--k-open-text);
    font-weight: 600;
  }
  .section-problems {
    margin-bottom: var(--k-space-4);
  }
  .section-problems:focus {
    outline: 3px solid var(--k-focus);
  }
  .check {
    min-height: 2rem;
  }
`;
