import { css } from "lit";

export const composerStyles = css`
  :host {
    display: block;
  }
  .composer {
    display: grid;
    gap: var(--k-space-2);
    padding: var(--k-space-3);
    border-top: 1px solid var(--k-border);
    background: var(--k-surface);
  }
  .composer.note {
    background: var(--k-highlight-bg);
  }
  .top-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--k-space-2);
  }
  .modes {
    display: inline-flex;
    justify-self: start;
    padding: 0.1875rem;
    border-radius: var(--k-radius-m);
    background: var(--k-surface-muted);
  }
  .mode {
    min-height: 2.25rem;
    padding: 0 var(--k-space-3);
    border: 0;
    border-radius: var(--k-radius-s);
    background: transparent;
    color: var(--k-text-muted);
    font: inherit;
    font-size: var(--k-font-size-s);
    font-weight: 600;
    cursor: pointer;
  }
  .mode[aria-checked="true"] {
    background: var(--k-surface);
    color: var(--k-text);
    box-shadow: var(--k-shadow-card);
  }
  .note .mode[aria-checked="true"][data-mode="note"] {
    background: #8a6100;
    color: #ffffff;
  }
  .context {
    display: flex;
    align-items: center;
    gap: var(--k-space-2);
    padding: var(--k-space-1) var(--k-space-1) var(--k-space-1) var(--k-space-3);
    border-left: 3px solid var(--k-accent);
    border-radius: var(--k-radius-s);
    background: var(--k-surface-muted);
    font-size: var(--k-font-size-s);
  }
  .context-text {
    flex: 1;
    min-width: 0;
    display: grid;
  }
  .quote {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--k-text-muted);
  }
  .note-hint {
    margin: 0;
    font-size: var(--k-font-size-s);
    font-weight: 600;
    color: var(--k-text);
  }
  .row {
    display: flex;
    align-items: flex-end;
    gap: var(--k-space-2);
  }
  textarea {
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    max-height: 12rem;
    padding: 0.625rem var(--k-space-3);
    border: 1px solid var(--k-border-strong);
    border-radius: var(--k-radius-m);
    background: var(--k-surface);
    color: var(--k-text);
    font: inherit;
    line-height: 1.5;
    resize: none;
  }
  /* A long placeholder ("Write to Bäckerei Schmidt") stays on the one line the empty field has. */
  textarea:placeholder-shown {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .note textarea {
    border-color: #b08400;
  }
  textarea:disabled {
    background: var(--k-surface-muted);
    cursor: not-allowed;
  }
  .attach {
    position: relative;
    flex: none;
    cursor: pointer;
    font-size: 1.25rem;
  }
  .attach:focus-within {
    outline: 3px solid var(--k-focus);
    outline-offset: 2px;
  }
  .file {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: pointer;
  }
  .send {
    flex: none;
    padding: var(--k-space-2) var(--k-space-4);
  }
  .send[disabled] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .send-icon {
    display: none;
  }
  .keys {
    margin: 0;
    color: var(--k-text-muted);
    font-size: 0.8125rem;
  }
  @media (max-width: 30rem) {
    .composer {
      padding: var(--k-space-2);
    }
    .mode {
      padding: 0 var(--k-space-2);
      font-size: 0.8125rem;
    }
    .send-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .send-icon {
      display: inline;
    }
    .send {
      min-width: 2.75rem;
      padding: var(--k-space-2) var(--k-space-3);
    }
    .keys {
      display: none;
    }
  }
`;
