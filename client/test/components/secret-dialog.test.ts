import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import "../../src/components/secret-dialog/secret-dialog.ts";
import type { SecretDialog } from "../../src/components/secret-dialog/secret-dialog.ts";
import { deepActiveElement } from "../../src/components/modal-dialog-controller.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const key = "kk_abcdefghijkl_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

async function opened(): Promise<{ dialog: SecretDialog; opener: HTMLButtonElement; native: HTMLDialogElement }> {
  const container = await mount<HTMLDivElement>(html`<div><button id="opener" type="button">Create key</button><kontor-secret-dialog></kontor-secret-dialog></div>`);
  const opener = container.querySelector<HTMLButtonElement>("#opener")!;
  const dialog = container.querySelector("kontor-secret-dialog")!;
  opener.focus();
  await dialog.show({ kind: "api-key", secret: key, name: "Helpdesk" });
  return { dialog, opener, native: shadowOf(dialog).querySelector("dialog")! };
}

afterEach(() => Reflect.deleteProperty(navigator, "clipboard"));

describe("the dialog that shows a new key once", () => {
  it("is a labelled modal dialog that shows the key with a warning that it will not be shown again", async () => {
    const { dialog, native } = await opened();
    const root = shadowOf(dialog);
    expect(native.open).toBe(true);
    expect(native.getAttribute("role")).toBe("dialog");
    expect(native.getAttribute("aria-modal")).toBe("true");
    expect(textOf(root.getElementById(native.getAttribute("aria-labelledby")!))).toBe("Your new API key");
    expect(textOf(root.getElementById(native.getAttribute("aria-describedby")!))).toContain("it will not be shown again");
    expect(textOf(root.querySelector(".belongs"))).toBe("For “Helpdesk”");
    const field = root.querySelector<HTMLTextAreaElement>("#secret-value")!;
    expect(field.value).toBe(key);
    expect(field.readOnly).toBe(true);
    expect(textOf(root.querySelector('label[for="secret-value"]'))).toBe("API key");
  });

  it("starts on the copy button and keeps Tab inside the dialog", async () => {
    const { dialog } = await opened();
    expect(deepActiveElement()?.classList.contains("copy")).toBe(true);
    await userEvent.keyboard("{Tab}");
    expect(textOf(deepActiveElement())).toBe("I have stored it");
    await userEvent.keyboard("{Tab}");
    expect(deepActiveElement()?.id).toBe("secret-value");
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(textOf(deepActiveElement())).toBe("I have stored it");
    expect(shadowOf(dialog).querySelector("dialog")!.open).toBe(true);
  });

  it("copies the key and says so", async () => {
    let copied = "";
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    const { dialog } = await opened();
    await userEvent.click(shadowOf(dialog).querySelector<HTMLButtonElement>(".copy")!);
    await dialog.updateComplete;
    expect(copied).toBe(key);
    expect(textOf(shadowOf(dialog).querySelector(".copy-status"))).toBe("Copied");
    expect(shadowOf(dialog).querySelector(".copy-status")!.getAttribute("role")).toBe("status");
  });

  it("selects the key for copying by hand when the clipboard refuses", async () => {
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
    const { dialog } = await opened();
    await userEvent.click(shadowOf(dialog).querySelector<HTMLButtonElement>(".copy")!);
    await dialog.updateComplete;
    const field = shadowOf(dialog).querySelector<HTMLTextAreaElement>("#secret-value")!;
    expect(textOf(shadowOf(dialog).querySelector(".copy-status"))).toContain("Ctrl+C");
    expect(deepActiveElement()).toBe(field);
    expect(field.selectionEnd - field.selectionStart).toBe(key.length);
  });

  it("closes with Escape, forgets the key and gives focus back", async () => {
    const { dialog, opener, native } = await opened();
    await userEvent.keyboard("{Escape}");
    await dialog.updateComplete;
    expect(native.open).toBe(false);
    expect(shadowOf(dialog).querySelector<HTMLTextAreaElement>("#secret-value")!.value).toBe("");
    expect(document.activeElement).toBe(opener);
  });

  it("names the webhook's signing secret and what to do if it is lost", async () => {
    const container = await mount<HTMLDivElement>(html`<div><kontor-secret-dialog></kontor-secret-dialog></div>`);
    const dialog = container.querySelector("kontor-secret-dialog")!;
    await dialog.show({ kind: "webhook-secret", secret: "whsec_c2VjcmV0", name: "https://crm.example/hook" });
    const root = shadowOf(dialog);
    expect(textOf(root.querySelector("h2"))).toBe("Signing secret of the new webhook");
    expect(textOf(root.querySelector("#secret-warning"))).toContain("delete the webhook and add it again");
    await userEvent.click(root.querySelector<HTMLButtonElement>(".dialog-actions .primary")!);
    expect(root.querySelector("dialog")!.open).toBe(false);
  });
});
