import { css } from "lit";

export const profileSettingsStyles = css`
  .checkbox-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--k-space-1) var(--k-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  #response-time {
    max-width: 22rem;
  }
  .address-grid,
  .two {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0 var(--k-space-4);
  }
`;
