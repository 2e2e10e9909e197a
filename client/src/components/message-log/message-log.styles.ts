import { css } from "lit";

export const messageLogStyles = css`
  :host {
    position: relative;
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .scroller {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--k-space-3) var(--k-space-4) var(--k-space-2);
  }
  .log {
    display: flex;
    flex-direction: column;
    gap: var(--k-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row.first {
    margin-top: var(--k-space-2);
  }
  .day {
    display: flex;
    justify-content: center;
    margin: var(--k-space-3) 0 var(--k-space-1);
  }
  .day span {
    padding: 0.125rem var(--k-space-3);
    border-radius: var(--k-radius-full);
    background: var(--k-surface-muted);
    color: var(--k-text-muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .older {
    display: flex;
    justify-content: center;
    margin: 0 0 var(--k-space-2);
  }
  .empty {
    margin: var(--k-space-6) auto;
    max-width: 28rem;
    text-align: center;
    color: var(--k-text-muted);
  }
  .upload-box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--k-space-2);
    max-width: min(24rem, 85%);
    margin-inline-start: auto;
    padding: var(--k-space-2) var(--k-space-3);
    border-radius: var(--k-radius-l);
    background: var(--k-accent-soft);
    font-size: var(--k-font-size-s);
  }
  .upload-box.failed {
    background: var(--k-danger-bg);
    color: var(--k-danger-text);
  }
  .upload-name .icon {
    width: 1rem;
    height: 1rem;
    vertical-align: -0.1875rem;
  }
  .new-below .icon {
    width: 1rem;
    height: 1rem;
  }
  .upload-name {
    flex-basis: 100%;
    overflow-wrap: anywhere;
  }
  progress {
    flex: 1;
    accent-color: var(--k-accent);
  }
  .typing {
    min-height: 1.5rem;
    margin: 0;
    padding: 0 var(--k-space-4);
    color: var(--k-text-muted);
    font-size: var(--k-font-size-s);
  }
  .dots {
    display: inline-flex;
    gap: 0.1875rem;
    margin-inline-end: var(--k-space-1);
    vertical-align: middle;
  }
  .dots span {
    width: 0.375rem;
    height: 0.375rem;
    border-radius: 50%;
    background: var(--k-text-muted);
    animation: blink 1.2s infinite ease-in-out;
  }
  .dots span:nth-child(2) {
    animation-delay: 0.2s;
  }
  .dots span:nth-child(3) {
    animation-delay: 0.4s;
  }
  @keyframes blink {
    0%,
    80%,
    100% {
      opacity: 0.25;
    }
    40% {
      opacity: 1;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .dots span {
      animation: none;
    }
  }
  .new-below {
    position: absolute;
    bottom: 2.5rem;
    left: 50%;
    transform: translateX(-50%);
    box-shadow: var(--k-shadow-raised);
  }
`;
