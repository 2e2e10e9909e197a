import { defineElement } from "../../components/define.ts";
import { CannedRepliesDialog } from "./canned-replies-dialog.component.ts";

export { CannedRepliesDialog, CannedReplyChosenEvent, matchingReplies } from "./canned-replies-dialog.component.ts";

defineElement("kontor-canned-replies-dialog", CannedRepliesDialog);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-canned-replies-dialog": CannedRepliesDialog;
  }
}
