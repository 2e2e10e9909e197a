import { css } from "lit";

export const confirmDialogStyles = css`
  #confirm-message {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
