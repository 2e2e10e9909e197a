import { css } from "lit";

export const webhookItemStyles = css`
  :host {
    display: block;
  }
  .webhook {
    padding: var(--k-space-4);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-m);
  }
  .webhook.off {
    background: var(--k-surface-muted);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--k-space-2) var(--k-space-3);
  }
  h3 {
    flex: 1;
    min-width: 0;
    margin: 0;
    font-family: var(--k-font-mono);
    font-size: var(--k-font-size-s);
    font-weight: 600;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .chip.state.on {
    background: var(--k-open-bg);
    color: var(--k-open-text);
    font-weight: 600;
  }
  .chip.state.off {
    background: var(--k-closed-bg);
    color: var(--k-closed-text);
    font-weight: 600;
  }
  .description {
    margin: var(--k-space-1) 0 0;
    overflow-wrap: anywhere;
  }
  .events {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-1) var(--k-space-2);
    margin: var(--k-space-2) 0 0;
    font-size: var(--k-font-size-s);
  }
  .events .label {
    color: var(--k-text-muted);
  }
  code {
    font-family: var(--k-font-mono);
    font-size: 0.8125rem;
  }
  .hint {
    margin: var(--k-space-2) 0 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .notice {
    margin: var(--k-space-3) 0 0;
    padding: var(--k-space-3) var(--k-space-4);
  }
  .notice .icon {
    vertical-align: -0.2em;
  }
  .notice-title {
    display: flex;
    align-items: center;
    gap: var(--k-space-2);
    color: inherit;
  }
  .stopped .reason {
    font-family: var(--k-font-mono);
    font-size: var(--k-font-size-s);
    overflow-wrap: anywhere;
  }
  .failing {
    border-color: var(--k-border-strong);
    background: var(--k-highlight-bg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-2);
    margin-top: var(--k-space-3);
  }
  .log {
    margin-top: var(--k-space-4);
    padding-top: var(--k-space-3);
    border-top: 1px solid var(--k-border);
  }
  h4 {
    margin: 0 0 var(--k-space-2);
    font-size: var(--k-font-size-m);
  }
`;
