import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import "../../src/components/composer/composer.ts";
import type { Composer, ComposerAttachEvent, ComposerModeEvent, ComposerSendEvent, ComposerTypingEvent } from "../../src/components/composer/composer.ts";
import { mount, shadowOf, textOf } from "./support.ts";

interface Recorded {
  sent: { text: string; mode: string }[];
  typing: boolean[];
  cancelled: number;
  modes: string[];
  files: string[][];
}

async function composer(template = html`<kontor-composer></kontor-composer>`): Promise<{ element: Composer; events: Recorded }> {
  const events: Recorded = { sent: [], typing: [], cancelled: 0, modes: [], files: [] };
  const element = await mount<Composer>(template);
  element.addEventListener("kontor-compose-send", (event: ComposerSendEvent) => events.sent.push({ text: event.text, mode: event.mode }));
  element.addEventListener("kontor-compose-typing", (event: ComposerTypingEvent) => events.typing.push(event.typing));
  element.addEventListener("kontor-compose-cancel", () => (events.cancelled += 1));
  element.addEventListener("kontor-compose-mode", (event: ComposerModeEvent) => events.modes.push(event.mode));
  element.addEventListener("kontor-compose-attach", (event: ComposerAttachEvent) => events.files.push(event.files.map((file) => file.name)));
  return { element, events };
}

function field(element: Composer): HTMLTextAreaElement {
  return shadowOf(element).querySelector("textarea")!;
}

describe("the message composer", () => {
  it("sends with Enter and starts a new line with Shift+Enter", async () => {
    const { element, events } = await composer();
    await userEvent.type(field(element), "Hello{Shift>}{Enter}{/Shift}there");
    expect(events.sent).toEqual([]);
    expect(field(element).value).toBe("Hello\nthere");
    await userEvent.keyboard("{Enter}");
    expect(events.sent).toEqual([{ text: "Hello\nthere", mode: "reply" }]);
    await element.updateComplete;
    expect(field(element).value).toBe("");
  });

  it("does not send an empty message, and the send button says why it is off", async () => {
    const { element, events } = await composer();
    await userEvent.type(field(element), "   {Enter}");
    expect(events.sent).toEqual([]);
    expect(shadowOf(element).querySelector<HTMLButtonElement>("button[type=submit]")!.disabled).toBe(true);
  });

  it("has a label and explains the keys", async () => {
    const { element } = await composer();
    const root = shadowOf(element);
    expect(textOf(root.querySelector('label[for="message"]'))).toBe("Message");
    expect(field(element).getAttribute("aria-describedby")).toContain("keys");
    expect(textOf(root.querySelector("#keys"))).toContain("Shift+Enter");
  });

  it("announces typing once while typing and stops on send", async () => {
    const { element, events } = await composer();
    await userEvent.type(field(element), "abc");
    expect(events.typing).toEqual([true]);
    await userEvent.keyboard("{Enter}");
    expect(events.typing).toEqual([true, false]);
  });

  it("shows what is being answered and cancels it with Escape", async () => {
    const { element, events } = await composer(html`<kontor-composer .context=${{ kind: "reply", author: "Bäckerei Schmidt", text: "We open at 7." }}></kontor-composer>`);
    expect(textOf(shadowOf(element).querySelector(".context"))).toContain("Replying to Bäckerei Schmidt");
    field(element).focus();
    await userEvent.keyboard("{Escape}");
    expect(events.cancelled).toBe(1);
  });

  it("lets staff switch to an internal note, which looks different and is sent as a note", async () => {
    const { element, events } = await composer(html`<kontor-composer allow-notes></kontor-composer>`);
    const root = shadowOf(element);
    const note = root.querySelector<HTMLButtonElement>('[role="radio"][data-mode="note"]')!;
    expect(note.getAttribute("aria-checked")).toBe("false");
    await userEvent.click(note);
    expect(events.modes).toEqual(["note"]);
    expect(note.getAttribute("aria-checked")).toBe("true");
    expect(root.querySelector("form")!.classList.contains("note")).toBe(true);
    expect(textOf(root.querySelector(".note-hint"))).toContain("Only your team sees internal notes");
    expect(textOf(root.querySelector('label[for="message"]'))).toBe("Internal note");
    await userEvent.type(field(element), "VIP{Enter}");
    expect(events.sent).toEqual([{ text: "VIP", mode: "note" }]);
  });

  it("moves between reply and note with the arrow keys", async () => {
    const { element } = await composer(html`<kontor-composer allow-notes></kontor-composer>`);
    shadowOf(element).querySelector<HTMLButtonElement>('[data-mode="reply"]')!.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(element.mode).toBe("note");
  });

  it("hands chosen files over to be uploaded", async () => {
    const { element, events } = await composer();
    const input = shadowOf(element).querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(["hello"], "menu.pdf", { type: "application/pdf" }));
    input.files = transfer.files;
    input.dispatchEvent(new Event("change"));
    expect(events.files).toEqual([["menu.pdf"]]);
  });

  it("waits while disabled and says why", async () => {
    const { element, events } = await composer(html`<kontor-composer disabled disabled-reason="Connecting…"></kontor-composer>`);
    expect(field(element).disabled).toBe(true);
    expect(field(element).placeholder).toBe("Connecting…");
    element.insertText("hi");
    await element.updateComplete;
    shadowOf(element).querySelector("form")!.requestSubmit();
    expect(events.sent).toEqual([]);
  });

  it("inserts a canned reply where the cursor is", async () => {
    const { element } = await composer();
    await userEvent.type(field(element), "Hello ");
    element.insertText("We open at 7.");
    await element.updateComplete;
    expect(field(element).value).toBe("Hello We open at 7.");
  });
});
