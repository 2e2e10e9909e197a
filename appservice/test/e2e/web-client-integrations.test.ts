import { createHmac, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAccount, signInWithPassword } from "../harness/accounts.ts";
import { artifactsDir, screenshot, type OpenPageOptions } from "../harness/browser.ts";
import { kontorJson } from "../harness/kontor-cli.ts";
import { WebhookReceiver } from "../harness/webhook-receiver.ts";
import { useWebClientStack } from "../harness/web-client-stack.ts";

/**
 * An owner connects the business to other systems in the web client: an
 * API key that works until it is revoked, and a webhook whose signing
 * secret is shown once and whose deliveries show up in its log.
 */

const homeserver = inject("homeserver");
const password = `pw-${randomUUID()}`;
// A demo business no other browser test writes to, so its delivery log holds only what this file causes.
const business = { slug: "cafe-lumiere", name: "Café Lumière" };
const integrationsPath = `/inbox/${business.slug}/settings/integrations`;
const receiver = new WebhookReceiver();
let owner: { localpart: string; userId: string };
let webhookSecret = "";
const pages = useWebClientStack(homeserver, { demo: true });
const openPage = pages.open.bind(pages);

beforeAll(async () => {
  owner = await createAccount(homeserver, "ines", password);
  await kontorJson(homeserver, ["staff", "add", "--business", business.slug, "--user", owner.userId, "--role", "owner"]);
  await receiver.start();
});

afterAll(async () => {
  await receiver.stop();
});

async function signInTo(path: string, options: OpenPageOptions = {}): Promise<Page> {
  const page = await openPage(`/signin?next=${path}`, options);
  await signInWithPassword(page, owner.localpart, password);
  await page.waitForURL(`${homeserver.publicUrl}${path}`, { timeout: 30_000 });
  return page;
}

/** The text of whatever has keyboard focus, looking inside shadow roots. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return (active && active.textContent || "").trim();
  })()`);
}

function conversationsWith(key: string): Promise<Response> {
  return fetch(`${homeserver.publicUrl}/api/v1/businesses/${business.slug}/conversations`, { headers: { authorization: `Bearer ${key}` } });
}

describe("integrations in the web client", () => {
  it("lets an owner create a write API key that is shown once, works with the API, and stops working when revoked", async () => {
    const page = await signInTo(`/inbox/${business.slug}/settings`);
    await expect.poll(() => page.locator("kontor-settings-page h1").textContent(), { timeout: 30_000 }).toBe(`Settings of ${business.name}`);
    await page.getByRole("link", { name: "API keys and webhooks" }).click();
    await page.waitForURL(`${homeserver.publicUrl}${integrationsPath}`);
    await expect.poll(() => page.locator("kontor-integrations-page h1").textContent(), { timeout: 15_000 }).toBe(`Integrations of ${business.name}`);

    await page.getByLabel("Name", { exact: true }).fill("Helpdesk");
    await page.getByRole("radio", { name: "Read and write" }).check();
    await page.getByRole("button", { name: "Create key" }).click();
    const dialog = page.getByRole("dialog", { name: "Your new API key" });
    await dialog.waitFor({ timeout: 15_000 });
    expect(await dialog.textContent()).toContain("it will not be shown again");
    const key = await dialog.getByLabel("API key", { exact: true }).inputValue();
    expect(key).toMatch(/^kk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    // Escape closes it; focus is back on the button that made the key, and the key is nowhere on the page any more.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => focusedText(page)).toBe("Create key");
    expect(await page.locator("kontor-api-keys-panel kontor-secret-dialog textarea").inputValue()).toBe("");

    const row = page.locator("kontor-api-keys-panel li.key", { hasText: "Helpdesk" });
    expect(await row.locator(".chip").first().textContent()).toBe("Read and write");
    expect((await conversationsWith(key)).status).toBe(200);

    await row.getByRole("button", { name: "Revoke the key “Helpdesk”" }).click();
    const confirm = page.getByRole("dialog", { name: "Revoke the key “Helpdesk”?" });
    await confirm.waitFor();
    await confirm.getByRole("button", { name: "Revoke", exact: true }).click();
    await row.getByText("Revoked").waitFor({ timeout: 15_000 });
    expect(await page.locator("kontor-api-keys-panel .status-line").textContent()).toBe("The key “Helpdesk” is revoked.");
    expect((await conversationsWith(key)).status).toBe(401);

    // A read key for reporting stays active beside the revoked one.
    await page.getByLabel("Name", { exact: true }).fill("Reporting");
    await page.getByRole("button", { name: "Create key" }).click();
    await dialog.waitFor({ timeout: 15_000 });
    await dialog.getByRole("button", { name: "I have stored it" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.locator("kontor-api-keys-panel li.key .key-name").allTextContents()).toEqual(["Reporting", "Helpdesk"]);
  });

  it("adds a webhook, shows its signing secret once, and lists the signed delivery of a new conversation in its log", async () => {
    // The plain-http address is refused with 400, which Chromium logs.
    const page = await signInTo(integrationsPath, { expectedFailures: [/\/api\/v1\/businesses\/cafe-lumiere\/webhooks$/] });
    const address = page.getByLabel("Endpoint address");
    await address.fill("http://example.org/kontor");
    await page.getByRole("button", { name: "Add webhook" }).click();
    const urlError = page.locator("kontor-webhook-form #webhook-url-error");
    await urlError.waitFor({ timeout: 15_000 });
    expect(await urlError.textContent()).toContain("must use https://");
    expect(await address.getAttribute("aria-invalid")).toBe("true");

    await address.fill(receiver.url);
    await page.getByRole("checkbox", { name: /conversation\.updated/ }).uncheck();
    await page.getByLabel("Description (optional)").fill("Test receiver");
    await page.getByRole("button", { name: "Add webhook" }).click();
    const dialog = page.getByRole("dialog", { name: "Signing secret of the new webhook" });
    await dialog.waitFor({ timeout: 15_000 });
    expect(await dialog.textContent()).toContain("it will not be shown again");
    webhookSecret = await dialog.getByLabel("Signing secret").inputValue();
    expect(webhookSecret).toMatch(/^whsec_/);
    mkdirSync(artifactsDir, { recursive: true });
    await dialog.screenshot({ path: join(artifactsDir, "integrations-secret.png") });
    await dialog.getByRole("button", { name: "I have stored it" }).click();
    await dialog.waitFor({ state: "hidden" });

    const item = page.locator("kontor-webhook-item", { hasText: receiver.url });
    expect(await item.locator(".chip.state").textContent()).toBe("On");
    expect(await item.locator(".events code").allTextContents()).toEqual(["conversation.created", "message.created"]);

    // A customer writes to the café from a Matrix app: Kontor sends conversation.created, signed with the secret shown.
    const customer = await createAccount(homeserver, "paul", password);
    const profile = (await (await fetch(`${homeserver.publicUrl}/api/v1/businesses/${business.slug}`)).json()) as { mxid: string };
    await customer.client.createRoom({ preset: "trusted_private_chat", is_direct: true, invite: [profile.mxid] });
    await expect.poll(() => receiver.of("conversation.created").length, { timeout: 30_000 }).toBeGreaterThan(0);
    const [received] = receiver.of("conversation.created");
    const headers = received!.headers;
    const expected = createHmac("sha256", Buffer.from(webhookSecret.slice("whsec_".length), "base64"))
      .update(`${String(headers["webhook-id"])}.${String(headers["webhook-timestamp"])}.${received!.body}`)
      .digest("base64");
    expect(String(headers["webhook-signature"]).split(" ")).toContain(`v1,${expected}`);

    await item.getByRole("button", { name: "Delivery log", exact: true }).click();
    const delivery = item.locator("kontor-delivery-log li.delivery", { hasText: "conversation.created" });
    await delivery.waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await delivery.locator(".status").textContent())?.trim(), { timeout: 20_000 }).toBe("Delivered");
    expect(await delivery.locator(".attempt").first().textContent()).toMatch(/Attempt 1[\s\S]*HTTP 200/);
    expect(await delivery.locator(".delivery-id code").textContent()).toBe(String(headers["webhook-id"]));
    await screenshot(page, "integrations");
  });

  it("works on a phone: turning the webhook off and on, and deleting it after asking", async () => {
    const page = await signInTo(integrationsPath, { width: 360 });
    const item = page.locator("kontor-webhook-item", { hasText: receiver.url });
    await item.waitFor({ timeout: 15_000 });
    await item.getByRole("button", { name: "Delivery log", exact: true }).click();
    await item.locator("kontor-delivery-log li.delivery.delivered").first().waitFor({ timeout: 15_000 });
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await screenshot(page, "integrations-mobile");

    await item.getByRole("button", { name: "Turn off" }).click();
    await expect.poll(() => item.locator(".chip.state").textContent(), { timeout: 15_000 }).toBe("Off");
    await item.getByRole("button", { name: "Turn on" }).click();
    await expect.poll(() => item.locator(".chip.state").textContent(), { timeout: 15_000 }).toBe("On");

    // In German too, nothing sticks out of a phone's screen.
    await page.getByRole("button", { name: "Deutsch" }).click();
    await expect.poll(() => page.locator("kontor-integrations-page h1").textContent()).toBe(`Integrationen von ${business.name}`);
    await item.locator("kontor-delivery-log").getByText("Zugestellt", { exact: true }).first().waitFor();
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await screenshot(page, "integrations-mobile-de");
    await page.getByRole("button", { name: "English" }).click();

    await item.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this webhook?" });
    await confirm.waitFor();
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await confirm.waitFor({ state: "hidden" });
    expect(await item.count()).toBe(1);
    await item.getByRole("button", { name: "Delete" }).click();
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(0);
    await page.getByText("No webhooks yet.").waitFor();
  });
});

describe("the profile form", () => {
  it("clears the website and the phone when the owner empties them", async () => {
    const publicProfile = async () => (await (await fetch(`${homeserver.publicUrl}/api/v1/businesses/${business.slug}`)).json()) as { website: string | null; phone: string | null };
    const page = await signInTo(`/inbox/${business.slug}/settings`);
    const website = page.getByLabel("Website");
    const phone = page.getByLabel("Phone");
    await website.fill("https://cafe-lumiere.example");
    await phone.fill("+33 1 42 72 00 00");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.locator("#profile").getByText("Saved").waitFor({ timeout: 15_000 });
    expect(await publicProfile()).toMatchObject({ website: "https://cafe-lumiere.example", phone: "+33 1 42 72 00 00" });

    await website.fill("");
    await phone.fill("");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect.poll(async () => (await publicProfile()).website, { timeout: 15_000 }).toBeNull();
    expect((await publicProfile()).phone).toBeNull();
    await page.reload();
    await expect.poll(() => page.locator("kontor-settings-page h1").textContent(), { timeout: 30_000 }).toBe(`Settings of ${business.name}`);
    expect(await page.getByLabel("Website").inputValue()).toBe("");
  });
});
