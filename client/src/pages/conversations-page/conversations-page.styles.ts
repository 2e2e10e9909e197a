import { css } from "lit";

export const conversationsPageStyles = css`
  kontor-conversation-list {
    flex: 1;
  }
  .list-title {
    font-size: var(--k-font-size-l);
  }
  .list-state {
    margin: var(--k-space-4);
    color: var(--k-text-muted);
  }
  .notice.list-state {
    color: var(--k-danger-text);
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: var(--k-space-2);
  }
  .empty p {
    margin: 0;
  }
  .empty-title {
    font-weight: 600;
    color: var(--k-text);
  }
  .placeholder h1 {
    margin: 0 0 var(--k-space-2);
    font-size: var(--k-font-size-l);
    color: var(--k-text);
  }
  .runtime-failed {
    margin-top: var(--k-space-3);
  }
`;
