import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import "../../src/components/confirm-dialog/confirm-dialog.ts";
import type { ConfirmDialog } from "../../src/components/confirm-dialog/confirm-dialog.ts";
import { deepActiveElement } from "../../src/components/modal-dialog-controller.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const question = { title: "Revoke the key “Helpdesk”?", message: "Systems using this key lose access at once.", confirm: "Revoke" };

async function setup(): Promise<{ dialog: ConfirmDialog; opener: HTMLButtonElement }> {
  const container = await mount<HTMLDivElement>(html`<div><button id="opener" type="button">Revoke</button><kontor-confirm-dialog></kontor-confirm-dialog></div>`);
  const opener = container.querySelector<HTMLButtonElement>("#opener")!;
  opener.focus();
  return { dialog: container.querySelector("kontor-confirm-dialog")!, opener };
}

describe("the confirmation dialog", () => {
  it("asks with a labelled modal dialog, starting on Cancel, and answers yes only to the action", async () => {
    const { dialog, opener } = await setup();
    const answer = dialog.ask(question);
    await dialog.updateComplete;
    const native = shadowOf(dialog).querySelector("dialog")!;
    expect(native.open).toBe(true);
    expect(native.getAttribute("aria-modal")).toBe("true");
    expect(textOf(shadowOf(dialog).getElementById(native.getAttribute("aria-labelledby")!))).toBe(question.title);
    expect(textOf(deepActiveElement())).toBe("Cancel");
    await userEvent.click(shadowOf(dialog).querySelector<HTMLButtonElement>(".confirm")!);
    expect(await answer).toBe(true);
    expect(document.activeElement).toBe(opener);
  });

  it("takes Escape as no", async () => {
    const { dialog, opener } = await setup();
    const answer = dialog.ask(question);
    await dialog.updateComplete;
    await userEvent.keyboard("{Escape}");
    expect(await answer).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});
