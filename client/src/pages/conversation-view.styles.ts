import { css } from "lit";

/** A conversation pane: header, the message log filling the middle, the composer at the bottom. */
export const conversationViewStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
    min-width: 0;
  }
  .pane-header {
    display: flex;
    align-items: center;
    gap: var(--k-space-3);
    min-height: 4rem;
    padding: var(--k-space-2) var(--k-space-4);
    border-bottom: 1px solid var(--k-border);
    background: var(--k-surface);
  }
  .header-text {
    flex: 1;
    min-width: 0;
  }
  h1 {
    margin: 0;
    font-size: var(--k-font-size-l);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .header-detail {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-1) var(--k-space-2);
    margin: 0.125rem 0 0;
    font-size: var(--k-font-size-s);
  }
  .muted {
    color: var(--k-text-muted);
  }
  .back {
    display: none;
    text-decoration: none;
    font-size: 1.25rem;
  }
  @media (max-width: 51.99rem) {
    .back {
      display: inline-flex;
    }
    .profile-link,
    .header-detail .muted {
      display: none;
    }
  }
  .log {
    flex: 1;
    min-height: 0;
  }
  .state {
    margin: var(--k-space-4);
  }
  p.state {
    color: var(--k-text-muted);
  }
  .connection {
    margin: 0;
    padding: var(--k-space-1) var(--k-space-4);
    background: var(--k-highlight-bg);
    font-size: var(--k-font-size-s);
    text-align: center;
  }
  kontor-business-logo {
    --size: 2.5rem;
  }
`;
