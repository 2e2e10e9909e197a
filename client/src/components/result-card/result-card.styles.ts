import { css } from "lit";

export const resultCardStyles = css`
  :host {
    display: block;
    height: 100%;
  }
  .card {
    position: relative;
    display: flex;
    gap: var(--k-space-4);
    height: 100%;
    padding: var(--k-space-4) var(--k-space-5);
    background: var(--k-surface);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
    box-shadow: var(--k-shadow-card);
    transition: border-color 120ms ease, box-shadow 120ms ease;
  }
  .card:hover {
    border-color: var(--k-border-strong);
    box-shadow: var(--k-shadow-raised);
  }
  /* The whole card is the link's click target; the focus ring goes round the card. */
  .card:has(a:focus-visible) {
    outline: 3px solid var(--k-focus);
    outline-offset: 2px;
  }
  @media (max-width: 30rem) {
    .card {
      gap: var(--k-space-3);
      padding: var(--k-space-4);
    }
  }
  .body {
    min-width: 0;
    flex: 1;
  }
  h3 {
    margin: 0;
    font-size: var(--k-font-size-l);
    line-height: 1.3;
  }
  h3 a {
    color: var(--k-text);
    text-decoration: none;
  }
  h3 a::after {
    content: "";
    position: absolute;
    inset: 0;
    border-radius: var(--k-radius-l);
  }
  h3 a:focus-visible {
    outline: none;
  }
  .card:hover h3 a {
    color: var(--k-link);
    text-decoration: underline;
  }
  p {
    margin: var(--k-space-1) 0 0;
  }
  .meta {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2);
    margin-top: var(--k-space-3);
    font-size: var(--k-font-size-s);
  }
  .response {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
`;
