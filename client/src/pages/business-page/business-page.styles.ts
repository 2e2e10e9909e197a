import { css } from "lit";

export const businessPageStyles = css`
  .back {
    margin: 0 0 var(--k-space-4);
    font-size: var(--k-font-size-s);
  }
  .hero {
    display: flex;
    gap: var(--k-space-5);
    align-items: flex-start;
    margin-bottom: var(--k-space-6);
  }
  .hero-text {
    min-width: 0;
  }
  .hero h1 {
    overflow-wrap: anywhere;
  }
  .categories {
    color: var(--k-text-muted);
    margin-bottom: var(--k-space-3);
  }
  .now {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2) var(--k-space-3);
    margin: 0;
  }
  .now-text {
    font-weight: 600;
  }
  @media (max-width: 30rem) {
    .hero {
      flex-direction: column;
      gap: var(--k-space-3);
    }
  }

  /* One column on phones (action first), two from tablets: content left, action and facts right. */
  .layout {
    display: grid;
    gap: var(--k-space-5);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: "cta" "main" "side";
  }
  @media (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
      grid-template-areas: "main cta" "main side";
      grid-template-rows: auto 1fr;
      align-items: start;
    }
  }
  .cta {
    grid-area: cta;
  }
  .main {
    grid-area: main;
    display: grid;
    gap: var(--k-space-5);
  }
  .side {
    grid-area: side;
    display: grid;
    gap: var(--k-space-5);
  }
  .panel {
    padding: var(--k-space-5);
    background: var(--k-surface);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-l);
    box-shadow: var(--k-shadow-card);
  }
  @media (max-width: 30rem) {
    .panel {
      padding: var(--k-space-4);
    }
  }
  .write {
    width: 100%;
    min-height: 3rem;
    font-size: var(--k-font-size-l);
  }
  .hint,
  .response,
  .note {
    margin: var(--k-space-3) 0 0;
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .response {
    font-weight: 600;
    color: var(--k-text);
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-2);
    margin: var(--k-space-4) 0 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0.125rem 0.625rem;
    border-radius: var(--k-radius-full);
    background: var(--k-surface-muted);
    font-size: var(--k-font-size-s);
  }
  h3 {
    font-size: var(--k-font-size-m);
    margin: var(--k-space-5) 0 var(--k-space-2);
  }
  .special-days {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .special-days li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--k-space-3);
    padding: var(--k-space-2) 0;
    border-bottom: 1px solid var(--k-border);
  }
  .special-days li:last-child {
    border-bottom: 0;
  }
  .special-date {
    font-weight: 600;
    min-width: 14rem;
  }
  @media (max-width: 30rem) {
    .special-date {
      flex-basis: 100%;
    }
  }
  .special-note {
    color: var(--k-text-muted);
  }
  .facts {
    margin: 0;
  }
  .facts > div + div {
    margin-top: var(--k-space-4);
  }
  dt {
    font-size: var(--k-font-size-s);
    font-weight: 600;
    color: var(--k-text-muted);
  }
  dd {
    margin: var(--k-space-1) 0 0;
    overflow-wrap: anywhere;
  }
  address {
    font-style: normal;
  }
  .line {
    display: block;
  }
  .map-link,
  .matrix-link {
    display: inline-block;
    margin-top: var(--k-space-2);
  }
  .alias {
    font-family: var(--k-font-mono);
    font-size: var(--k-font-size-s);
    padding: 0.125rem 0.375rem;
    border-radius: var(--k-radius-s);
    background: var(--k-surface-muted);
  }
  .state {
    max-width: 40rem;
  }
`;
