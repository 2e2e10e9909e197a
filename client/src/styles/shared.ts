import { css } from "lit";

/**
 * Style modules shared by components. Lit adopts them as constructable
 * stylesheets, which the strict CSP (style-src 'self') allows, unlike
 * inline style attributes.
 */

export const resetStyles = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
`;

/** Visible keyboard focus everywhere; headings focused by navigation show none. */
export const focusStyles = css`
  :focus-visible {
    outline: 3px solid var(--k-focus);
    outline-offset: 2px;
  }
  [tabindex="-1"]:focus {
    outline: none;
  }
`;

/** Hidden on screen, still read by screen readers. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

export const linkStyles = css`
  a {
    color: var(--k-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
`;

export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--k-space-2);
    min-height: 2.75rem;
    padding: var(--k-space-2) var(--k-space-5);
    border: 1px solid transparent;
    border-radius: var(--k-radius-m);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--k-accent);
    color: var(--k-accent-text);
  }
  .button.primary:hover {
    background: var(--k-accent-hover);
  }
  .button.secondary {
    background: var(--k-surface);
    color: var(--k-text);
    border-color: var(--k-border-strong);
  }
  .button.secondary:hover {
    background: var(--k-surface-muted);
  }
  .button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
`;

/** Boxes that tell the user what happened and what to do. */
export const noticeStyles = css`
  .notice {
    padding: var(--k-space-4) var(--k-space-5);
    border-radius: var(--k-radius-m);
    border: 1px solid var(--k-border);
    background: var(--k-surface);
  }
  .notice.error {
    border-color: var(--k-danger-border);
    background: var(--k-danger-bg);
    color: var(--k-danger-text);
  }
  .notice p {
    margin: 0 0 var(--k-space-2);
  }
  .notice p:last-child {
    margin-bottom: 0;
  }
  .notice-title {
    font-weight: 600;
    color: var(--k-text);
  }
`;

/** Headings and paragraphs inside a page. */
export const pageStyles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: var(--k-font-size-xxl);
    line-height: 1.2;
    margin: 0 0 var(--k-space-2);
    letter-spacing: -0.01em;
  }
  h2 {
    font-size: var(--k-font-size-l);
    line-height: 1.3;
    margin: 0 0 var(--k-space-3);
  }
  p {
    margin: 0 0 var(--k-space-3);
  }
  .lead {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-l);
    margin: 0 0 var(--k-space-5);
  }
`;

export const sharedStyles = [resetStyles, focusStyles, visuallyHiddenStyles, linkStyles];
