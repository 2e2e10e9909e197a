import { css } from "lit";

/** What the customer's list adds to the shared list item (styles/list-item-styles.ts). */
export const conversationListStyles = css`
  :host {
    display: block;
    min-height: 0;
    overflow-y: auto;
  }
  .conversations {
    margin: 0;
    padding: var(--k-space-2);
    list-style: none;
  }
  .entry-tags {
    align-items: center;
  }
`;
