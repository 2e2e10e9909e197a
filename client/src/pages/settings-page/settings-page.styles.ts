import { css } from "lit";

export const settingsPageStyles = css`
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
  .panel {
    padding: var(--k-space-5);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
    background: var(--k-surface);
    box-shadow: var(--k-shadow-card);
  }
  @media (max-width: 30rem) {
    .panel {
      padding: var(--k-space-4);
    }
  }
  h2 {
    font-size: var(--k-font-size-xl);
    margin-bottom: var(--k-space-4);
  }
  h3 {
    margin: var(--k-space-4) 0 var(--k-space-3);
    font-size: var(--k-font-size-m);
  }
  .checkbox-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--k-space-1) var(--k-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .check {
    min-height: 2rem;
  }
  #response-time {
    max-width: 22rem;
  }
  .address-grid,
  .two {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 var(--k-space-4);
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
  .none {
    color: var(--k-text-muted);
  }
  .canned-list,
  .staff-list {
    display: grid;
    gap: var(--k-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .canned-list li,
  .staff-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2) var(--k-space-3);
    padding: var(--k-space-3);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-m);
  }
  .canned-text {
    flex: 1;
    min-width: 12rem;
    display: grid;
  }
  .canned-title {
    font-weight: 600;
  }
  .canned-body {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
    white-space: pre-line;
  }
  .canned-actions {
    display: flex;
    gap: var(--k-space-1);
  }
  .canned-form {
    margin-top: var(--k-space-3);
    padding-top: var(--k-space-2);
    border-top: 1px solid var(--k-border);
  }
  .mxid {
    flex: 1;
    overflow-wrap: anywhere;
    font-family: var(--k-font-mono);
    font-size: var(--k-font-size-s);
  }
  .muted {
    color: var(--k-text-muted);
    font-family: var(--k-font-family);
  }
  .command {
    margin: var(--k-space-2) 0 0;
    padding: var(--k-space-2) var(--k-space-3);
    overflow-x: auto;
    border-radius: var(--k-radius-s);
    background: var(--k-surface-muted);
    font-size: 0.8125rem;
  }
  .notice {
    margin-bottom: var(--k-space-4);
  }
`;
