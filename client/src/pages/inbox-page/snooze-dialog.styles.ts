import { css } from "lit";

export const snoozeDialogStyles = css`
  .presets {
    display: grid;
    gap: var(--k-space-2);
    margin: 0 0 var(--k-space-4);
    padding: 0;
    list-style: none;
  }
  .preset {
    width: 100%;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .preset-time {
    color: var(--k-text-muted);
    font-weight: 400;
    font-size: var(--k-font-size-s);
  }
`;
