import { css } from "lit";

export const searchFormStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: var(--k-space-4);
    grid-template-columns: 1fr;
    padding: var(--k-space-5);
    background: var(--k-surface);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
    box-shadow: var(--k-shadow-card);
  }
  @media (max-width: 30rem) {
    form {
      padding: var(--k-space-4);
    }
  }
  @media (min-width: 40rem) {
    form {
      grid-template-columns: 1fr 1fr;
    }
    .field-q {
      grid-column: 1 / -1;
    }
  }
  @media (min-width: 64rem) {
    form {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
      align-items: end;
    }
    .field-q {
      grid-column: 1 / -1;
    }
  }
  .field {
    display: grid;
    gap: var(--k-space-1);
    min-width: 0;
  }
  label {
    font-weight: 600;
    font-size: var(--k-font-size-s);
  }
  input[type="search"],
  input[type="text"],
  select {
    width: 100%;
    min-height: 2.75rem;
    padding: var(--k-space-2) var(--k-space-3);
    font: inherit;
    color: var(--k-text);
    background: var(--k-surface);
    border: 1px solid var(--k-border-strong);
    border-radius: var(--k-radius-m);
  }
  .field-q input {
    font-size: var(--k-font-size-l);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--k-space-2);
    min-height: 2.75rem;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--k-accent);
  }
  .check label {
    font-size: var(--k-font-size-m);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-3);
    align-items: center;
  }
  .link-button {
    padding: var(--k-space-2);
    border: 0;
    background: none;
    color: var(--k-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
`;
