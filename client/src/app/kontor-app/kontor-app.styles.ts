import { css } from "lit";

export const kontorAppStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
  }
  .sign-out {
    display: inline-flex;
    align-items: center;
    gap: var(--k-space-2);
    min-height: 2.5rem;
    padding: var(--k-space-1) var(--k-space-3);
    border: 1px solid var(--k-border-strong);
    border-radius: var(--k-radius-m);
    background: var(--k-surface);
    color: var(--k-text);
    font: inherit;
    font-size: var(--k-font-size-s);
    font-weight: 600;
    cursor: pointer;
  }
  .sign-out:hover {
    background: var(--k-surface-muted);
  }
  @media (max-width: 40rem) {
    .sign-out {
      min-width: 2.75rem;
      justify-content: center;
      padding: var(--k-space-1);
    }
    .sign-out-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  .skip-link {
    position: absolute;
    top: var(--k-space-2);
    left: var(--k-space-2);
    z-index: 10;
    padding: var(--k-space-2) var(--k-space-4);
    border-radius: var(--k-radius-m);
    background: var(--k-accent);
    color: var(--k-accent-text);
    font-weight: 600;
    transform: translateY(-200%);
  }
  .skip-link:focus {
    transform: none;
  }
  .wrap {
    width: 100%;
    max-width: var(--k-content-width);
    margin: 0 auto;
    padding: 0 var(--k-space-4);
  }
  @media (min-width: 40rem) {
    .wrap {
      padding: 0 var(--k-space-5);
    }
  }
  .site-header {
    background: var(--k-surface);
    border-bottom: 1px solid var(--k-border);
  }
  .site-header .wrap {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2) var(--k-space-4);
    min-height: 4rem;
    padding-top: var(--k-space-2);
    padding-bottom: var(--k-space-2);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    gap: var(--k-space-2);
    color: var(--k-text);
    font-size: var(--k-font-size-xl);
    font-weight: 700;
    letter-spacing: -0.01em;
    text-decoration: none;
  }
  .mark {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: var(--k-radius-s);
    background: var(--k-accent);
    color: var(--k-accent-text);
    font-size: 1.125rem;
  }
  /* Phones: brand and language on the first line, navigation below. */
  kontor-language-switch {
    margin-inline-start: auto;
  }
  .sign-out + kontor-language-switch {
    margin-inline-start: 0;
  }
  .sign-out {
    margin-inline-start: auto;
  }
  nav {
    order: 3;
    flex-basis: 100%;
    margin-inline-start: calc(-1 * var(--k-space-3));
  }
  @media (min-width: 40rem) {
    nav {
      order: 0;
      flex: 1;
      flex-basis: auto;
      margin-inline-start: 0;
    }
    kontor-language-switch {
      margin-inline-start: 0;
    }
    .sign-out {
      margin-inline-start: 0;
    }
  }
  nav ul {
    display: flex;
    gap: var(--k-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding: var(--k-space-2) var(--k-space-3);
    border-radius: var(--k-radius-m);
    color: var(--k-text);
    font-weight: 500;
    text-decoration: none;
  }
  nav a:hover {
    background: var(--k-surface-muted);
  }
  nav a[aria-current="page"] {
    color: var(--k-link);
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.4em;
  }
  main.wrap {
    flex: 1;
    padding-top: var(--k-space-6);
    padding-bottom: var(--k-space-7);
  }
  main:focus {
    outline: none;
  }
  .site-footer {
    border-top: 1px solid var(--k-border);
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .site-footer .wrap {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--k-space-2) var(--k-space-4);
    padding-top: var(--k-space-5);
    padding-bottom: var(--k-space-5);
  }
  .site-footer p {
    margin: 0;
  }
  /* Messaging views (conversations, inbox) fill the window below the header and scroll inside. */
  :host([messaging]) {
    height: 100vh;
    height: 100dvh;
  }
  main.messaging {
    display: flex;
    flex-direction: column;
    min-height: 0;
    max-width: 90rem;
    padding-top: var(--k-space-3);
    padding-bottom: var(--k-space-3);
  }
  main.messaging > * {
    flex: 1;
    min-height: 0;
  }
  @media (max-width: 40rem) {
    main.messaging {
      padding: var(--k-space-2);
    }
  }
`;
