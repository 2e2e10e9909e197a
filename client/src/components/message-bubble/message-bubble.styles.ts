import { css } from "lit";

export const messageBubbleStyles = css`
  :host {
    display: block;
  }
  .bubble {
    position: relative;
    width: fit-content;
    min-width: 7rem;
    max-width: min(36rem, 85%);
    padding: var(--k-space-2) var(--k-space-3);
    border-radius: var(--k-radius-l);
    background: var(--k-surface);
    border: 1px solid var(--k-border);
    overflow-wrap: anywhere;
  }
  .side-them {
    margin-inline-end: auto;
    border-end-start-radius: var(--k-radius-s);
  }
  .side-us {
    margin-inline-start: auto;
    background: var(--k-accent-soft);
    border-color: transparent;
    border-end-end-radius: var(--k-radius-s);
  }
  .note {
    background: var(--k-highlight-bg);
    border: 1px dashed #b08400;
  }
  .author {
    display: flex;
    align-items: center;
    gap: var(--k-space-2);
    margin: 0 0 var(--k-space-1);
    font-size: var(--k-font-size-s);
    font-weight: 600;
    color: var(--k-text-muted);
  }
  .tag {
    padding: 0 0.375rem;
    border-radius: var(--k-radius-s);
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .note-tag {
    background: #8a6100;
    color: #ffffff;
  }
  .body {
    margin: 0;
  }
  .text {
    white-space: pre-wrap;
  }
  .formatted :first-child {
    margin-top: 0;
  }
  .formatted :last-child {
    margin-bottom: 0;
  }
  .formatted pre,
  .formatted code {
    font-family: var(--k-font-mono);
    font-size: 0.875em;
  }
  .formatted pre {
    overflow-x: auto;
    padding: var(--k-space-2);
    border-radius: var(--k-radius-s);
    background: var(--k-surface-muted);
  }
  .formatted blockquote {
    margin: var(--k-space-1) 0;
    padding-inline-start: var(--k-space-3);
    border-inline-start: 3px solid var(--k-border-strong);
    color: var(--k-text-muted);
  }
  .formatted table {
    border-collapse: collapse;
  }
  .formatted td,
  .formatted th {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--k-border);
  }
  .formatted img {
    max-width: 100%;
    height: auto;
  }
  .removed {
    color: var(--k-text-muted);
    font-style: italic;
  }
  .reply {
    display: grid;
    margin: 0 0 var(--k-space-2);
    padding: var(--k-space-1) var(--k-space-2);
    border-inline-start: 3px solid var(--k-accent);
    border-radius: var(--k-radius-s);
    background: rgb(127 127 127 / 10%);
    font-size: var(--k-font-size-s);
  }
  .reply-author {
    font-weight: 600;
  }
  .reply-text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--k-text-muted);
  }
  .image-link {
    display: block;
  }
  .image {
    display: block;
    max-width: 100%;
    max-height: 20rem;
    height: auto;
    border-radius: var(--k-radius-m);
  }
  .image-placeholder {
    display: grid;
    place-items: center;
    width: 12rem;
    max-width: 100%;
    height: 8rem;
    border-radius: var(--k-radius-m);
    background: var(--k-surface-muted);
    font-size: 1.5rem;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2);
  }
  .file-size {
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .reactions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--k-space-1);
    margin: var(--k-space-2) 0 0;
    padding: 0;
    list-style: none;
  }
  .meta {
    margin: var(--k-space-1) 0 0;
    color: var(--k-text-muted);
    font-size: 0.8125rem;
    text-align: end;
  }
  .delivery.read {
    color: var(--k-open-text);
    font-weight: 600;
  }
  .delivery.failed {
    color: var(--k-danger-text);
    font-weight: 600;
  }
  .actions {
    display: flex;
    gap: var(--k-space-1);
    justify-content: flex-end;
    height: 0;
    overflow: hidden;
  }
  .actions .text-button {
    min-height: 2rem;
    font-size: var(--k-font-size-s);
  }
  .bubble:hover .actions,
  .bubble:focus-within .actions,
  .actions.visible {
    height: auto;
    margin-top: var(--k-space-1);
  }
  @media (hover: none) {
    .actions {
      height: auto;
    }
  }

  .system {
    max-width: 34rem;
    margin: var(--k-space-2) auto;
    padding: var(--k-space-2) var(--k-space-4);
    border: 1px solid var(--k-border);
    border-radius: var(--k-radius-m);
    background: var(--k-surface-muted);
    text-align: center;
    font-size: var(--k-font-size-s);
  }
  .system p {
    margin: 0;
  }
  .system-label {
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--k-text-muted);
  }
  .system-label .icon {
    width: 0.875rem;
    height: 0.875rem;
    vertical-align: -0.125rem;
  }
  .file-icon .icon,
  .image-placeholder .icon {
    color: var(--k-text-muted);
  }
  .system-from {
    text-transform: none;
    letter-spacing: 0;
  }
  .system-text {
    margin-top: var(--k-space-1) !important;
    white-space: pre-wrap;
    color: var(--k-text);
  }
  .system .meta {
    text-align: center;
  }
  .kind-away {
    border-color: var(--k-closed-text);
    background: var(--k-closed-bg);
  }
  .command {
    text-align: start;
    background: transparent;
    border-style: dashed;
  }
  .command-text {
    font-family: var(--k-font-mono);
    font-size: 0.8125rem;
  }
`;
