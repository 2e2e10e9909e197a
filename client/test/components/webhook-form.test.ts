import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import type { WebhookDraft } from "../../src/api/webhooks.ts";
import "../../src/components/webhook-form/webhook-form.ts";
import type { WebhookForm, WebhookSubmitEvent } from "../../src/components/webhook-form/webhook-form.ts";
import { mount, shadowOf, textOf } from "./support.ts";

async function form(): Promise<{ element: WebhookForm; sent: WebhookDraft[] }> {
  const sent: WebhookDraft[] = [];
  const element = await mount<WebhookForm>(html`<kontor-webhook-form @kontor-webhook-submit=${(event: WebhookSubmitEvent) => sent.push(event.draft)}></kontor-webhook-form>`);
  return { element, sent };
}

const url = (element: WebhookForm) => shadowOf(element).querySelector<HTMLInputElement>("#webhook-url")!;
const checkboxes = (element: WebhookForm) => [...shadowOf(element).querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
const submit = (element: WebhookForm) => userEvent.click(shadowOf(element).querySelector<HTMLButtonElement>("button[type=submit]")!);

describe("the webhook form", () => {
  it("offers the three events as labelled checkboxes, all chosen at first", async () => {
    const { element } = await form();
    const root = shadowOf(element);
    expect(textOf(root.querySelector("legend"))).toBe("Events");
    expect(checkboxes(element).map((box) => [box.value, box.checked])).toEqual([
      ["conversation.created", true],
      ["message.created", true],
      ["conversation.updated", true],
    ]);
    expect(textOf(checkboxes(element)[0]!.closest("label"))).toBe("A customer starts a conversation conversation.created");
    expect(textOf(root.querySelector('label[for="webhook-url"]'))).toBe("Endpoint address");
  });

  it("sends the address, the chosen events in order, and the description", async () => {
    const { element, sent } = await form();
    await userEvent.type(url(element), " https://crm.example/kontor ");
    await userEvent.click(checkboxes(element)[0]!);
    await userEvent.type(shadowOf(element).querySelector<HTMLInputElement>("#webhook-description")!, "CRM");
    await submit(element);
    expect(sent).toEqual([{ url: "https://crm.example/kontor", events: ["message.created", "conversation.updated"], description: "CRM" }]);
  });

  it("asks for an address and at least one event before sending, next to the fields", async () => {
    const { element, sent } = await form();
    for (const box of checkboxes(element)) await userEvent.click(box);
    await submit(element);
    await element.updateComplete;
    expect(sent).toEqual([]);
    const root = shadowOf(element);
    expect(textOf(root.querySelector("#webhook-url-error"))).toBe("Enter the address of your endpoint.");
    expect(textOf(root.querySelector("#webhook-events-error"))).toBe("Choose at least one event.");
    expect(root.querySelector("fieldset")!.getAttribute("aria-describedby")).toBe("webhook-events-error");
    expect(root.activeElement).toBe(url(element));
  });

  it("shows the API's objection to the address next to it, focuses the field, and clears it on typing", async () => {
    const { element } = await form();
    element.problems = { url: ["must use https:// (plain http only to networks allowed in outbound.allowedPrivateNetworks)"] };
    await element.updateComplete;
    const field = url(element);
    const error = shadowOf(element).querySelector("#webhook-url-error")!;
    expect(textOf(error)).toContain("must use https://");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(field.getAttribute("aria-describedby")).toContain("webhook-url-error");
    expect(shadowOf(element).activeElement).toBe(field);
    await userEvent.type(field, "h");
    expect(shadowOf(element).querySelector("#webhook-url-error")).toBeNull();
    expect(field.getAttribute("aria-invalid")).toBe("false");
  });

  it("empties itself for the next webhook", async () => {
    const { element } = await form();
    await userEvent.type(url(element), "https://crm.example/kontor");
    await userEvent.click(checkboxes(element)[1]!);
    element.reset();
    await element.updateComplete;
    expect(url(element).value).toBe("");
    expect(checkboxes(element).every((box) => box.checked)).toBe(true);
  });
});
