import { css } from "lit";

export const secretDialogStyles = css`
  .belongs {
    margin: 0 0 var(--k-space-3);
    overflow-wrap: anywhere;
    color: var(--k-text-muted);
  }
  .notice {
    margin: 0 0 var(--k-space-4);
    padding: var(--k-space-3) var(--k-space-4);
  }
  .notice.warning {
    border-color: var(--k-border-strong);
    background: var(--k-highlight-bg);
  }
  .secret {
    font-family: var(--k-font-mono);
    font-size: var(--k-font-size-s);
    word-break: break-all;
    resize: none;
    background: var(--k-surface-muted);
  }
  .field {
    margin-bottom: var(--k-space-2);
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-3);
  }
  .copy-status {
    font-size: var(--k-font-size-s);
    color: var(--k-text-muted);
  }
  .copied {
    display: inline-flex;
    align-items: center;
    gap: var(--k-space-1);
    color: var(--k-open-text);
    font-weight: 600;
  }
`;
