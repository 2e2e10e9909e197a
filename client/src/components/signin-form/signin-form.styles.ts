import { css } from "lit";

export const signinFormStyles = css`
  :host {
    display: block;
  }
  .server {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--k-space-2);
    margin: 0 0 var(--k-space-5);
    padding: var(--k-space-3) var(--k-space-4);
    border-radius: var(--k-radius-m);
    background: var(--k-surface-muted);
  }
  .server p {
    margin: 0;
    display: grid;
  }
  .server-label {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .server-name {
    overflow-wrap: anywhere;
  }
  .server-form {
    margin-bottom: var(--k-space-5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-2);
  }
  .wide {
    width: 100%;
  }
  .or {
    display: flex;
    align-items: center;
    gap: var(--k-space-3);
    margin: var(--k-space-4) 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .or::before,
  .or::after {
    content: "";
    flex: 1;
    border-top: 1px solid var(--k-border);
  }
  .providers {
    display: grid;
    gap: var(--k-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .register-info {
    margin-top: var(--k-space-6);
    padding-top: var(--k-space-4);
    border-top: 1px solid var(--k-border);
  }
  h2 {
    margin: 0 0 var(--k-space-2);
    font-size: var(--k-font-size-m);
  }
  .register-info p {
    margin: 0 0 var(--k-space-2);
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .register-info.closed strong {
    color: var(--k-text);
  }
  .command {
    margin: 0 0 var(--k-space-2);
    padding: var(--k-space-2) var(--k-space-3);
    overflow-x: auto;
    border-radius: var(--k-radius-s);
    background: var(--k-surface-muted);
    font-size: 0.8125rem;
  }
  .register h2 {
    font-size: var(--k-font-size-l);
    margin-bottom: var(--k-space-4);
  }
  .busy,
  .loading {
    min-height: 1.5rem;
    margin: var(--k-space-3) 0 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .notice {
    margin-bottom: var(--k-space-4);
  }
`;
