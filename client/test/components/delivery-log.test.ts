import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import type { Delivery } from "../../src/api/webhooks.ts";
import "../../src/components/delivery-log/delivery-log.ts";
import type { DeliveryLogRequestEvent, DeliveryLogView } from "../../src/components/delivery-log/delivery-log.ts";
import type { DeliveryLogState } from "../../src/integrations/delivery-log.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const delivered: Delivery = {
  id: "msg_2Kx7",
  seq: 3,
  eventType: "message.created",
  status: "delivered",
  attempts: [{ attempt: 1, at: "2026-03-04T14:02:03.000Z", statusCode: 200, error: null, durationMs: 34 }],
  nextAttemptAt: null,
  createdAt: "2026-03-04T14:02:03.000Z",
  deliveredAt: "2026-03-04T14:02:03.000Z",
};
const pending: Delivery = {
  id: "msg_9Qa1",
  seq: 2,
  eventType: "conversation.created",
  status: "pending",
  attempts: [
    { attempt: 1, at: "2026-03-04T14:00:00.000Z", statusCode: 503, error: "HTTP 503", durationMs: 12 },
    { attempt: 2, at: "2026-03-04T14:00:10.000Z", statusCode: null, error: "connect ECONNREFUSED 127.0.0.1:9", durationMs: 2 },
  ],
  nextAttemptAt: "2026-03-04T14:00:40.000Z",
  createdAt: "2026-03-04T14:00:00.000Z",
  deliveredAt: null,
};
const failed: Delivery = { ...pending, id: "msg_0Zz0", seq: 1, status: "failed", nextAttemptAt: null };

function state(change: Partial<DeliveryLogState>): DeliveryLogState {
  return { deliveries: [], nextBefore: null, activity: "idle", loaded: true, failure: undefined, ...change };
}

async function log(value: DeliveryLogState): Promise<{ element: DeliveryLogView; requests: string[] }> {
  const requests: string[] = [];
  const element = await mount<DeliveryLogView>(
    html`<kontor-delivery-log .state=${value} locale="en-GB" time-zone="UTC" @kontor-delivery-log-request=${(event: DeliveryLogRequestEvent) => requests.push(event.action)}></kontor-delivery-log>`,
  );
  return { element, requests };
}

describe("a webhook's delivery log", () => {
  it("shows each delivery's outcome in words, its event and every attempt with the receiver's answer", async () => {
    const { element } = await log(state({ deliveries: [delivered, pending, failed] }));
    const root = shadowOf(element);
    const items = [...root.querySelectorAll("li.delivery")];
    expect(items.map((item) => textOf(item.querySelector(".status")))).toEqual(["Delivered", "Pending", "Failed"]);
    expect(textOf(items[0]!.querySelector(".event-type"))).toBe("message.created");
    expect(textOf(items[0]!.querySelector(".delivery-meta"))).toContain("Delivered at 14:02:03");
    expect(textOf(items[0]!.querySelector(".delivery-meta"))).toContain("msg_2Kx7");
    expect(textOf(items[0]!.querySelector(".attempt"))).toBe("Attempt 1 14:02:03 Answer: HTTP 200 34 ms");
    expect(items[1]!.querySelector(".attempts")!.getAttribute("aria-label")).toBe("Attempts");
    expect([...items[1]!.querySelectorAll(".attempt .outcome")].map(textOf)).toEqual(["Failed: HTTP 503", "Failed: connect ECONNREFUSED 127.0.0.1:9"]);
    expect(textOf(items[1]!.querySelector(".delivery-meta"))).toContain("Next attempt at 14:00:40");
    expect(textOf(items[2]!.querySelector(".delivery-meta"))).toContain("Given up after the last attempt");
    expect(textOf(root.querySelector("[role=status]"))).toBe("3 deliveries shown");
    expect(items[0]!.querySelector("time")!.getAttribute("datetime")).toBe("2026-03-04T14:02:03.000Z");
  });

  it("offers older deliveries only when there are some, and asks for them", async () => {
    const { element, requests } = await log(state({ deliveries: [delivered], nextBefore: 3 }));
    const older = shadowOf(element).querySelector<HTMLButtonElement>("button.older")!;
    expect(textOf(older)).toBe("Load older deliveries");
    await userEvent.click(older);
    const refresh = [...shadowOf(element).querySelectorAll<HTMLButtonElement>("button")].find((button) => textOf(button) === "Refresh")!;
    await userEvent.click(refresh);
    expect(requests).toEqual(["older", "refresh"]);
    element.state = state({ deliveries: [delivered, failed], nextBefore: null });
    await element.updateComplete;
    expect(shadowOf(element).querySelector("button.older")).toBeNull();
  });

  it("says when it is loading, when nothing was sent yet, and when it could not load", async () => {
    const { element } = await log(state({ loaded: false, activity: "loading" }));
    expect(textOf(shadowOf(element).querySelector("[role=status]"))).toBe("Loading deliveries…");
    element.state = state({});
    await element.updateComplete;
    expect(textOf(shadowOf(element).querySelector(".none"))).toContain("Nothing sent yet");
    element.state = state({ failure: { kind: "network" } });
    await element.updateComplete;
    expect(textOf(shadowOf(element).querySelector("[role=alert]"))).toContain("could not be reached");
  });
});
