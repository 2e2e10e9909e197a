import { css } from "lit";

export const webhookFormStyles = css`
  :host {
    display: block;
  }
  .events {
    display: grid;
    gap: var(--k-space-2);
    margin: 0 0 var(--k-space-1);
    padding: 0;
    list-style: none;
  }
  .event {
    align-items: flex-start;
  }
  .event input {
    margin-top: 0.2rem;
  }
  .event-text {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--k-space-2);
  }
  code {
    font-family: var(--k-font-mono);
    font-size: 0.8125rem;
    color: var(--k-text-muted);
  }
`;
