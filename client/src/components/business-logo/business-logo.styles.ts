import { css } from "lit";

/* Each tone keeps white initials at 4.5:1 contrast or better. */
export const businessLogoStyles = css`
  :host {
    display: inline-block;
    flex: none;
    --size: 3rem;
  }
  :host([size="large"]) {
    --size: 5rem;
  }
  .logo {
    display: grid;
    place-items: center;
    width: var(--size);
    height: var(--size);
    border-radius: var(--k-radius-m);
    overflow: hidden;
    color: #ffffff;
    font-weight: 700;
    font-size: calc(var(--size) * 0.38);
    letter-spacing: 0.02em;
    user-select: none;
  }
  img.logo {
    object-fit: cover;
    background: var(--k-surface-muted);
  }
  .tone-0 { background: #1d4fb3; }
  .tone-1 { background: #0f6b63; }
  .tone-2 { background: #6d3fc0; }
  .tone-3 { background: #a84a0a; }
  .tone-4 { background: #b0205a; }
  .tone-5 { background: #3f6b12; }
  .tone-6 { background: #0b5f91; }
  .tone-7 { background: #8a2432; }
`;
