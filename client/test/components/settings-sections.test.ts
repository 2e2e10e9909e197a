import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import type { ConversationSettings } from "../../src/api/business-management.ts";
import "../../src/pages/settings-page/canned-replies-settings.ts";
import type { CannedRepliesSettings } from "../../src/pages/settings-page/canned-replies-settings.ts";
import "../../src/pages/settings-page/messages-settings.ts";
import type { MessagesSettings } from "../../src/pages/settings-page/messages-settings.ts";
import type { SignedInServices } from "../../src/signed-in/services.ts";
import { mount, shadowOf, textOf } from "./support.ts";

interface Call {
  method: string;
  path: string;
  body: unknown;
}

/** Signed-in services whose API answers from `answer`, recording every request. */
function fakeServices(answer: (call: Call) => Response): { services: SignedInServices; calls: Call[] } {
  const calls: Call[] = [];
  const fetchImpl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call = { method: init?.method ?? "GET", path: String(input), body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    return Promise.resolve(answer(call));
  };
  return { services: { api: { fetchImpl } } as unknown as SignedInServices, calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** Waits until the element has rendered what `check` looks for (requests answer asynchronously). */
async function until(element: HTMLElement & { updateComplete: Promise<unknown> }, check: () => boolean): Promise<void> {
  for (let round = 0; round < 50 && !check(); round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await element.updateComplete;
  }
  expect(check()).toBe(true);
}

const stored: ConversationSettings = { greeting: "Hello!", awayMessage: null, signReplies: false };

describe("the automatic messages section of the settings", () => {
  it("saves the greeting and says so", async () => {
    const { services, calls } = fakeServices((call) => json(200, { ...(call.body as object) }));
    const element = await mount<MessagesSettings>(html`<kontor-messages-settings .services=${services} slug="baeckerei" editable .stored=${stored}></kontor-messages-settings>`);
    const root = shadowOf(element);
    const greeting = root.querySelector<HTMLTextAreaElement>("#greeting");
    expect(greeting?.value).toBe("Hello!");
    greeting?.focus();
    await userEvent.clear(greeting as HTMLTextAreaElement);
    await userEvent.type(greeting as HTMLTextAreaElement, "Moin! We answer within the hour.");
    root.querySelector<HTMLButtonElement>("button[type=submit]")?.click();
    await until(element, () => textOf(root.querySelector(".save-status")).includes("Saved"));
    expect(calls).toEqual([{ method: "PATCH", path: "/api/v1/businesses/baeckerei/settings", body: { greeting: "Moin! We answer within the hour.", away_message: null, sign_replies: false } }]);
  });

  it("puts the API's objection next to the field and moves focus to the problems", async () => {
    const { services } = fakeServices(() => json(400, { error: { code: "invalid_request", message: "invalid settings", details: { problems: ["away_message: must be at most 1000 characters"] } } }));
    const element = await mount<MessagesSettings>(html`<kontor-messages-settings .services=${services} slug="baeckerei" editable .stored=${stored}></kontor-messages-settings>`);
    const root = shadowOf(element);
    root.querySelector<HTMLButtonElement>("button[type=submit]")?.click();
    await until(element, () => root.querySelector(".field-error") !== null);
    expect(textOf(root.querySelector(".field-error"))).toBe("must be at most 1000 characters");
    expect(root.querySelector("#away")?.getAttribute("aria-invalid")).toBe("true");
    expect(root.querySelector("#greeting")?.getAttribute("aria-invalid")).toBe("false");
    expect(textOf(root.querySelector(".section-problems"))).toContain("1 field");
    expect(root.activeElement).toBe(root.querySelector(".section-problems"));
  });

  it("is read-only for agents", async () => {
    const { services } = fakeServices(() => json(500, {}));
    const element = await mount<MessagesSettings>(html`<kontor-messages-settings .services=${services} slug="baeckerei" .stored=${stored}></kontor-messages-settings>`);
    const root = shadowOf(element);
    expect(root.querySelector("fieldset")?.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>("button[type=submit]")?.disabled).toBe(true);
  });
});

describe("the canned replies section of the settings", () => {
  function replies() {
    const list = [{ id: "opening-hours", title: "Opening hours", body: "We open at 7." }];
    return fakeServices((call) => {
      if (call.method === "PUT") {
        const body = call.body as { title: string; body: string };
        list.push({ id: call.path.split("/").pop() ?? "", ...body });
        return new Response(null, { status: 204 });
      }
      return json(200, { canned_replies: list });
    });
  }

  it("lists the business's replies and lets an owner add one, which gets an ID from its title", async () => {
    const { services, calls } = replies();
    const element = await mount<CannedRepliesSettings>(html`<kontor-canned-replies-settings .services=${services} slug="baeckerei" editable></kontor-canned-replies-settings>`);
    const root = shadowOf(element);
    await until(element, () => root.querySelectorAll(".canned-list li").length === 1);
    expect(textOf(root.querySelector(".canned-list li"))).toContain("Opening hours We open at 7.");

    [...root.querySelectorAll<HTMLButtonElement>("button")].find((button) => textOf(button).includes("Add a canned reply"))?.click();
    await until(element, () => root.activeElement === root.querySelector("#canned-title"));
    await userEvent.type(root.querySelector("#canned-title") as HTMLInputElement, "Sourdough on Sundays");
    await userEvent.type(root.querySelector("#canned-body") as HTMLTextAreaElement, "Yes, from 8 o'clock.");
    root.querySelector<HTMLButtonElement>("form button[type=submit]")?.click();
    await until(element, () => root.querySelectorAll(".canned-list li").length === 2 && root.querySelector("form") === null);
    expect(calls.filter((call) => call.method === "PUT")).toEqual([
      { method: "PUT", path: "/api/v1/businesses/baeckerei/canned-replies/sourdough-on-sundays", body: { title: "Sourdough on Sundays", body: "Yes, from 8 o'clock." } },
    ]);
    expect(textOf(root.querySelector(".save-status"))).toContain("Saved");
  });

  it("asks before deleting a reply, keeps it on Cancel and deletes it on confirmation", async () => {
    const list = [{ id: "opening-hours", title: "Opening hours", body: "We open at 7." }];
    const { services, calls } = fakeServices((call) => {
      if (call.method === "DELETE") {
        list.splice(0);
        return new Response(null, { status: 204 });
      }
      return json(200, { canned_replies: list });
    });
    const element = await mount<CannedRepliesSettings>(html`<kontor-canned-replies-settings .services=${services} slug="baeckerei" editable></kontor-canned-replies-settings>`);
    const root = shadowOf(element);
    await until(element, () => root.querySelectorAll(".canned-list li").length === 1);
    const dialog = shadowOf(root.querySelector("kontor-confirm-dialog")!);
    const deleteButton = () => root.querySelector<HTMLButtonElement>('button[aria-label="Delete “Opening hours”"]')!;

    deleteButton().click();
    await until(element, () => dialog.querySelector("dialog")?.open === true);
    expect(textOf(dialog.querySelector("dialog"))).toContain("Delete the canned reply “Opening hours”?");
    [...dialog.querySelectorAll<HTMLButtonElement>("button")].find((button) => textOf(button) === "Cancel")!.click();
    await until(element, () => dialog.querySelector("dialog")?.open === false);
    expect(calls.filter((call) => call.method === "DELETE")).toEqual([]);

    deleteButton().click();
    await until(element, () => dialog.querySelector("dialog")?.open === true);
    dialog.querySelector<HTMLButtonElement>(".confirm")!.click();
    await until(element, () => textOf(root.querySelector(".none")) === "No canned replies yet.");
    expect(calls.filter((call) => call.method === "DELETE").map((call) => call.path)).toEqual(["/api/v1/businesses/baeckerei/canned-replies/opening-hours"]);
  });

  it("shows agents the replies without ways to change them", async () => {
    const { services } = replies();
    const element = await mount<CannedRepliesSettings>(html`<kontor-canned-replies-settings .services=${services} slug="baeckerei"></kontor-canned-replies-settings>`);
    const root = shadowOf(element);
    await until(element, () => root.querySelectorAll(".canned-list li").length === 1);
    expect(root.querySelectorAll("button")).toHaveLength(0);
  });

  it("says what to do when the replies cannot be loaded, and loads them on retry", async () => {
    let fail = true;
    const { services } = fakeServices(() => (fail ? json(503, { error: { code: "unavailable", message: "down" } }) : json(200, { canned_replies: [] })));
    const element = await mount<CannedRepliesSettings>(html`<kontor-canned-replies-settings .services=${services} slug="baeckerei" editable></kontor-canned-replies-settings>`);
    const root = shadowOf(element);
    await until(element, () => root.querySelector("[role=alert]") !== null);
    fail = false;
    [...root.querySelectorAll<HTMLButtonElement>("button")].find((button) => textOf(button) === "Try again")?.click();
    await until(element, () => textOf(root.querySelector(".none")) === "No canned replies yet.");
  });
});
