import { css } from "lit";

export const inboxPageStyles = css`
  kontor-inbox-list {
    flex: 1;
    min-height: 0;
  }
  .inbox-header h1,
  .inbox-header h2 {
    font-size: var(--k-font-size-l);
  }
  .switch {
    width: auto;
    max-width: 12rem;
    min-height: 2.25rem;
    padding: 0 var(--k-space-2);
    font-size: var(--k-font-size-s);
  }
  .settings-link {
    text-decoration: none;
    font-size: 1.25rem;
    color: var(--k-text-muted);
  }
  .list-problem {
    margin: var(--k-space-3);
  }
  .placeholder-title {
    font-weight: 600;
    color: var(--k-text);
  }
  .chooser {
    max-width: 40rem;
  }
  .business-list {
    display: grid;
    gap: var(--k-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .business-list li {
    display: flex;
    align-items: center;
    gap: var(--k-space-3);
    padding: var(--k-space-3) var(--k-space-4);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-m);
    background: var(--k-surface);
  }
  .business-list a {
    flex: 1;
    font-weight: 600;
  }
  .chooser .button + .button {
    margin-inline-start: var(--k-space-2);
  }
`;
