import { css } from "lit";

export const deliveryLogStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--k-space-2);
    margin-bottom: var(--k-space-3);
  }
  .summary {
    margin: 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .none {
    margin: 0;
    color: var(--k-text-muted);
  }
  .notice {
    margin: 0 0 var(--k-space-3);
  }
  .deliveries {
    display: grid;
    gap: var(--k-space-2);
    margin: 0 0 var(--k-space-3);
    padding: 0;
    list-style: none;
  }
  .delivery {
    padding: var(--k-space-3);
    border: 1px solid var(--k-border);
    border-left-width: 4px;
    border-radius: var(--k-radius-m);
    background: var(--k-surface);
  }
  .delivery.delivered {
    border-left-color: var(--k-open-text);
  }
  .delivery.failed {
    border-left-color: var(--k-danger-text);
  }
  .delivery.pending {
    border-left-color: var(--k-border-strong);
  }
  .delivery-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-1) var(--k-space-3);
  }
  .chip .icon {
    width: 0.9rem;
    height: 0.9rem;
  }
  .status.delivered {
    background: var(--k-open-bg);
    color: var(--k-open-text);
    font-weight: 600;
  }
  .status.failed {
    background: var(--k-danger-bg);
    color: var(--k-danger-text);
    font-weight: 600;
  }
  .event-type,
  .delivery-id code {
    font-family: var(--k-font-mono);
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  .created {
    margin-left: auto;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .delivery-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--k-space-3);
    margin: var(--k-space-1) 0 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .delivery-id {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .attempts {
    display: grid;
    gap: var(--k-space-1);
    margin: var(--k-space-2) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--k-font-size-s);
  }
  .attempt {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--k-space-3);
    padding: var(--k-space-1) var(--k-space-2);
    border-radius: var(--k-radius-s);
    background: var(--k-surface-muted);
  }
  .attempt-number {
    font-weight: 600;
  }
  .attempt .outcome {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .attempt.ok .outcome {
    color: var(--k-open-text);
    font-weight: 600;
  }
  .attempt.failed .outcome {
    color: var(--k-danger-text);
    font-weight: 600;
  }
  .duration {
    color: var(--k-text-muted);
  }
`;
