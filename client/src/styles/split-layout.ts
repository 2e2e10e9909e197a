import { css } from "lit";

/**
 * The messaging layout: a list pane and a conversation pane side by side
 * from tablets up, filling the window below the header; on phones one pane
 * at a time (the list, or the open conversation with a way back).
 */
export const splitLayoutStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
  }
  .split {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr);
    min-height: 24rem;
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
    background: var(--k-surface);
    box-shadow: var(--k-shadow-card);
    overflow: hidden;
  }
  @media (min-width: 52rem) {
    .split {
      grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
    }
  }
  .pane {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
  }
  .list-pane {
    border-inline-end: 1px solid var(--k-border);
    background: var(--k-surface);
  }
  .detail-pane {
    background: var(--k-bg);
  }
  @media (max-width: 51.99rem) {
    .split {
      border-radius: var(--k-radius-m);
    }
    .split.showing-detail .list-pane,
    .split:not(.showing-detail) .detail-pane {
      display: none;
    }
    .list-pane {
      border-inline-end: 0;
    }
  }
  .pane-header {
    display: flex;
    align-items: center;
    gap: var(--k-space-3);
    min-height: 4rem;
    padding: var(--k-space-3) var(--k-space-4);
    border-bottom: 1px solid var(--k-border);
    background: var(--k-surface);
  }
  .pane-header h1,
  .pane-header h2 {
    flex: 1;
    min-width: 0;
    margin: 0;
    font-size: var(--k-font-size-l);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .placeholder {
    display: grid;
    place-content: center;
    gap: var(--k-space-2);
    height: 100%;
    padding: var(--k-space-6);
    text-align: center;
    color: var(--k-text-muted);
  }
  .placeholder p {
    margin: 0;
  }
  .back {
    display: none;
  }
  @media (max-width: 51.99rem) {
    .back {
      display: inline-flex;
    }
  }
`;
