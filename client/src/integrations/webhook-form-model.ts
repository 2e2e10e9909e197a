import { isWebhookEventType, webhookEventTypes, type WebhookDraft, type WebhookEventType } from "../api/webhooks.ts";

/** The fields of the webhook form, as the API names them in its problems ("url: must use https://..."). */
export const webhookFormFields = ["url", "events", "description"] as const;
export type WebhookFormField = (typeof webhookFormFields)[number];

/** What the form can tell before asking Kontor; the address rules (https, public) are the API's. */
export type LocalWebhookProblem = "url-missing" | "url-invalid" | "events-missing";

export function emptyWebhookDraft(): WebhookDraft {
  return { url: "", events: [...webhookEventTypes], description: "" };
}

export function localWebhookProblems(draft: WebhookDraft): Partial<Record<WebhookFormField, LocalWebhookProblem>> {
  const problems: Partial<Record<WebhookFormField, LocalWebhookProblem>> = {};
  const url = draft.url.trim();
  if (!url) problems.url = "url-missing";
  else if (!/^https?:\/\/[^\s/?#]+/i.test(url)) problems.url = "url-invalid";
  if (draft.events.length === 0) problems.events = "events-missing";
  return problems;
}

/** Turns an event on or off, keeping the API's order. */
export function toggleEvent(events: readonly WebhookEventType[], event: WebhookEventType, on: boolean): WebhookEventType[] {
  const chosen = new Set(events.filter(isWebhookEventType));
  if (on) chosen.add(event);
  else chosen.delete(event);
  return webhookEventTypes.filter((type) => chosen.has(type));
}
