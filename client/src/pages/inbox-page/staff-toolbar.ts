import { html, nothing } from "lit";
import type { StaffConversation } from "../../api/conversations.ts";
import { icons } from "../../components/icons.ts";
import type { Translate } from "../../i18n/signed-in-locale-controller.ts";
import type { StaffConversationController } from "./staff-conversation-controller.ts";

export interface StaffToolbarOptions {
  conversation: StaffConversation;
  actions: StaffConversationController;
  /** The staff who can be picked as assignee (the current assignee is added if gone since). */
  staffIds: readonly string[];
  /** The signed-in person ("" while unknown: no "Assign to me"). */
  me: string;
  staffName: (userId: string) => string;
  /** Whether the customer details (and, on phones, the tools) are shown. */
  expanded: boolean;
  toggleDetails: () => void;
  t: Translate;
}

function addLabel(event: SubmitEvent, actions: StaffConversationController): void {
  event.preventDefault();
  const input = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("#new-label");
  void actions.addLabel(input?.value ?? "").then((clear) => {
    if (clear && input) input.value = "";
  });
}

function removeLabel(event: Event, label: string, actions: StaffConversationController): void {
  // The chip goes away with its label: focus moves on to the field for a new one,
  // once the render after the change has enabled it again.
  const root = (event.currentTarget as HTMLElement).getRootNode() as ParentNode;
  void actions
    .removeLabel(label)
    .then(() => actions.rendered())
    .then(() => root.querySelector<HTMLInputElement>("#new-label")?.focus());
}

/** The staff's tools above the messages: who the conversation is assigned to, its labels, and the details toggle. */
export function staffToolbar(options: StaffToolbarOptions) {
  const { conversation, actions, me, t } = options;
  const busy = actions.busy !== "";
  const assignees = new Set([...options.staffIds, ...(conversation.assignee ? [conversation.assignee] : [])]);
  return html`<div class="toolbar ${options.expanded ? "expanded" : ""}" role="toolbar" aria-label=${t("conversationActions")}>
    <div class="tool assign">
      <label for="assignee">${t("assigneeLabel")}</label>
      <select
        id="assignee"
        ?disabled=${busy}
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          void actions.assign(value === "" ? null : value);
        }}
      >
        <option value="" ?selected=${!conversation.assignee}>${t("assigneeNobody")}</option>
        ${[...assignees].map((userId) => html`<option value=${userId} ?selected=${conversation.assignee === userId}>${options.staffName(userId)}</option>`)}
      </select>
      ${conversation.assignee !== me && me ? html`<button class="button secondary small" type="button" ?disabled=${busy} @click=${() => void actions.assign(me)}>${t("assignToMe")}</button>` : nothing}
    </div>
    <div class="tool labels">
      <span class="label" id="labels-label">${t("labelsLabel")}</span>
      <ul class="label-list" aria-labelledby="labels-label">
        ${conversation.labels.map(
          (label) => html`<li class="chip">
            #${label}
            <button class="chip-remove" type="button" aria-label=${t("labelRemove", { label })} ?disabled=${busy} @click=${(event: Event) => removeLabel(event, label, actions)}>
              ${icons.close}
            </button>
          </li>`,
        )}
      </ul>
      <form class="label-form" @submit=${(event: SubmitEvent) => addLabel(event, actions)}>
        <label class="visually-hidden" for="new-label">${t("labelAdd")}</label>
        <input id="new-label" type="text" maxlength="32" placeholder=${t("labelAddPlaceholder")} ?disabled=${busy} />
      </form>
    </div>
    <button class="text-button details-toggle" type="button" aria-expanded=${options.expanded ? "true" : "false"} aria-controls="customer-details" @click=${options.toggleDetails}>
      ${icons.info} <span class="details-wide">${t("customerDetails")}</span><span class="details-narrow">${t("detailsAndActions")}</span>
    </button>
  </div>`;
}
