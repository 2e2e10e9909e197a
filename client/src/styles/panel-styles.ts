import { css } from "lit";

/** The pages of a business's settings: a readable column, a way back, sections one under another. */
export const settingsLayoutStyles = css`
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
`;

/** A card of the settings pages (`<section class="panel">`), its headings and quiet texts. */
export const panelStyles = css`
  :host {
    display: block;
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
    margin-bottom: var(--k-space-2);
  }
  h3 {
    font-size: var(--k-font-size-m);
  }
  .none,
  .muted {
    color: var(--k-text-muted);
  }
  .notice {
    margin-bottom: var(--k-space-4);
  }
  /* A list of bordered rows: canned replies, staff, API keys. */
  .rows {
    display: grid;
    gap: var(--k-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .rows > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2) var(--k-space-3);
    padding: var(--k-space-3);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-m);
  }
  /* The text of a row, taking the room its buttons leave. */
  .row-text {
    flex: 1;
    min-width: 12rem;
    display: grid;
  }
`;
