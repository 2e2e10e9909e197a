import { css } from "lit";

export const cannedRepliesSettingsStyles = css`
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
`;
