import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "../../../scripts/stack/paths.ts";
import { createAccount, signInWithPassword, type TestAccount } from "../harness/accounts.ts";
import { screenshot } from "../harness/browser.ts";
import { kontorJson } from "../harness/kontor-cli.ts";
import { kontorApi, kontorSession } from "../harness/kontor-session.ts";
import { useWebClientStack } from "../harness/web-client-stack.ts";

/**
 * The signed-in web client in Chromium against the real stack: a customer
 * finds a demo business and writes to it, a staff member answers from the
 * inbox, and both see the other side live through their own Matrix sync.
 */

const homeserver = inject("homeserver");
const password = `pw-${randomUUID()}`;
const business = { slug: "baeckerei-schmidt", name: "Bäckerei Schmidt" };
const photo = join(repoRoot, "appservice", "src", "demo", "logos", "zum-anker.png");
const pages = useWebClientStack(homeserver, { demo: true });
const openPage = pages.open.bind(pages);
const signIn = (page: Page, user: string) => signInWithPassword(page, user, password);
let customer: TestAccount;
let staff: TestAccount;

beforeAll(async () => {
  customer = await createAccount(homeserver, "clara", password);
  staff = await createAccount(homeserver, "olga", password);
  await kontorJson(homeserver, ["staff", "add", "--business", business.slug, "--user", staff.userId, "--role", "owner"]);
});

/** The message log of the open conversation. */
function log(page: Page) {
  return page.getByRole("log");
}

describe("a conversation in the web client", () => {
  it("lets a customer write to a business and the staff answer from the inbox, live on both sides", async () => {
    // The customer finds the bakery in the directory and chooses "Write a message".
    const customerPage = await openPage("/?q=B%C3%A4ckerei", { expectedFailures: [/\/_matrix\/client\/v3\/login$/, /\/_matrix\/client\/v3\/register$/] });
    await customerPage.getByRole("link", { name: business.name }).first().click();
    await customerPage.getByRole("link", { name: "Write a message" }).click();
    await customerPage.waitForURL(/\/signin\?next=\/b\/baeckerei-schmidt\/write$/);
    await expect.poll(() => customerPage.locator("h1").textContent(), { timeout: 15_000 }).toBe("Sign in to Kontor");
    await screenshot(customerPage, "signin");
    // Without an account: this Kontor's homeserver is asked, and it does not take new accounts.
    await customerPage.getByRole("button", { name: "Create an account" }).click();
    await customerPage.getByText("Registration is closed on localhost.").waitFor({ timeout: 15_000 });
    expect(await customerPage.locator(".command").textContent()).toContain("npx kontor user create");

    // A wrong password is explained at the password field; the right one signs in and opens the conversation.
    await customerPage.getByLabel("Matrix ID or username").fill(customer.userId);
    await customerPage.getByLabel("Password", { exact: true }).fill("not the password");
    await customerPage.getByRole("button", { name: "Sign in", exact: true }).click();
    await customerPage.getByText("The Matrix ID or the password is wrong.").waitFor({ timeout: 15_000 });
    await signIn(customerPage, customer.userId);
    await customerPage.waitForURL(/\/conversations\/[a-z0-9]+$/, { timeout: 30_000 });
    await expect.poll(() => customerPage.locator("kontor-customer-conversation h1").textContent(), { timeout: 15_000 }).toBe(business.name);
    // Kontor greets the customer; the greeting is labelled as automatic, not shown as a person's message.
    await log(customerPage).getByLabel("Automatic greeting").waitFor({ timeout: 20_000 });

    const question = `Do you have spelt bread today? ${randomUUID().slice(0, 6)}`;
    const composer = customerPage.getByLabel("Message", { exact: true });
    await composer.fill(question);
    await composer.press("Enter");
    const sent = log(customerPage).locator("article", { hasText: question });
    await expect.poll(() => sent.locator(".delivery").textContent(), { timeout: 15_000 }).toMatch(/Sent|Read/);

    // The owner signs in in another browser and lands in the bakery's inbox, where the question waits.
    const staffPage = await openPage("/signin");
    await signIn(staffPage, staff.localpart);
    await staffPage.waitForURL(/\/inbox\/baeckerei-schmidt$/, { timeout: 30_000 });
    const entry = staffPage.locator("kontor-inbox-list a.entry", { hasText: question });
    await entry.waitFor({ timeout: 20_000 });
    expect(await entry.locator(".entry-name").textContent()).toBe(customer.localpart);
    await expect.poll(() => staffPage.locator("kontor-inbox-list .tab[aria-current=page]").textContent()).toMatch(/Open\s*[1-9]/);
    await entry.click();
    await staffPage.waitForURL(/\/inbox\/baeckerei-schmidt\/[a-z0-9]+$/);
    await log(staffPage).getByText(question).waitFor({ timeout: 20_000 });

    // Typing shows on the other side, as the business.
    const staffComposer = staffPage.getByLabel("Message", { exact: true });
    await staffComposer.pressSequentially("Yes");
    await customerPage.getByText(`${business.name} is typing…`).waitFor({ timeout: 15_000 });

    // A reply reaches the customer as the business; an internal note does not.
    const answer = "Yes, fresh from the oven until noon.";
    await staffComposer.fill(answer);
    await staffComposer.press("Enter");
    await staffPage.getByRole("radio", { name: "Internal note" }).click();
    await staffPage.getByLabel("Internal note", { exact: true }).fill("Regular customer, keep two loaves aside.");
    await staffPage.getByLabel("Internal note", { exact: true }).press("Enter");
    await log(staffPage).getByLabel(/^Internal note by You/).waitFor({ timeout: 15_000 });

    await log(customerPage).getByText(answer).waitFor({ timeout: 20_000 });
    const reply = log(customerPage).locator("article", { hasText: answer });
    expect(await reply.locator(".author").textContent()).toContain(business.name);
    // The staff member read the question in the staff room: the business's receipt marks it read.
    await expect.poll(() => sent.locator(".delivery").textContent(), { timeout: 20_000 }).toContain("Read");
    expect(await log(customerPage).getByText("keep two loaves aside").count()).toBe(0);
    // The list beside the conversation follows the sync: it shows the answer as the last message.
    await expect.poll(() => customerPage.locator("kontor-conversation-list .entry-preview").first().textContent(), { timeout: 15_000 }).toContain(answer);
    await screenshot(customerPage, "conversation");
    await screenshot(staffPage, "inbox");

    // A photo: uploaded with progress, shown on both sides from the homeserver's authenticated media.
    await customerPage.locator("kontor-composer input[type=file]").setInputFiles(photo);
    await expect.poll(() => log(customerPage).locator("img.image").getAttribute("src"), { timeout: 20_000 }).toMatch(/^blob:/);
    await expect.poll(() => log(staffPage).locator("img.image").getAttribute("src"), { timeout: 20_000 }).toMatch(/^blob:/);
    expect(await log(staffPage).locator("img.image").getAttribute("alt")).toBe("zum-anker.png");

    // A label: typed and added with Enter, shown as a chip, removed with its button; focus stays on the labels.
    const newLabel = staffPage.getByLabel("Add a label");
    await newLabel.fill("#bread");
    await newLabel.press("Enter");
    const removeLabel = staffPage.getByRole("button", { name: "Remove the label bread" });
    await removeLabel.waitFor({ timeout: 15_000 });
    expect(await newLabel.inputValue()).toBe("");
    await removeLabel.click();
    await removeLabel.waitFor({ state: "detached", timeout: 15_000 });
    await expect.poll(() => staffPage.evaluate<string>(deepFocusId)).toBe("new-label");

    // Resolving moves the conversation out of the open list.
    await staffPage.getByRole("button", { name: "Resolve" }).click();
    await expect.poll(() => staffPage.locator("kontor-staff-conversation .status").textContent(), { timeout: 15_000 }).toBe("Resolved");
    const customerEntry = staffPage.locator("kontor-inbox-list a.entry", { hasText: customer.localpart });
    await expect.poll(() => customerEntry.count(), { timeout: 15_000 }).toBe(0);
    await staffPage.getByRole("link", { name: /Resolved/ }).click();
    await customerEntry.waitFor({ timeout: 15_000 });
  });

  it("keeps a session through a reload, and forgets it on sign-out", async () => {
    const page = await openPage("/conversations");
    await page.waitForURL(/\/signin\?next=\/conversations$/);
    await signIn(page, customer.userId);
    await page.waitForURL(/\/conversations$/, { timeout: 30_000 });
    await page.locator("kontor-conversation-list a.entry", { hasText: business.name }).waitFor({ timeout: 15_000 });
    await page.reload();
    await page.locator("kontor-conversation-list a.entry", { hasText: business.name }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${homeserver.publicUrl}/`);
    expect(await page.evaluate<string | null>("localStorage.getItem('kontor.session')")).toBeNull();
    await page.goto(`${homeserver.publicUrl}/conversations`);
    await page.waitForURL(/\/signin\?next=\/conversations$/);
  });

  it("shows the inbox and the conversation as separate screens on a phone", async () => {
    // The customer writes again from their Matrix app: the resolved conversation opens again.
    const [conversation] = (await kontorApi(homeserver.publicUrl, await kontorSession(homeserver.publicUrl, customer.client))<{ conversations: { room_id: string }[] }>("GET", "/me/conversations")).body.conversations;
    const followUp = "One more question: do you bake on Sundays?";
    await customer.client.sendText(conversation!.room_id, followUp);
    const page = await openPage("/signin?next=/inbox/baeckerei-schmidt", { width: 360 });
    await signIn(page, staff.localpart);
    await page.waitForURL(/\/inbox\/baeckerei-schmidt$/, { timeout: 30_000 });
    const entry = page.locator("kontor-inbox-list a.entry", { hasText: followUp });
    await entry.waitFor({ timeout: 20_000 });
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await screenshot(page, "inbox-mobile");
    await entry.click();
    await page.locator("kontor-staff-conversation h1").waitFor();
    expect(await page.locator("kontor-inbox-list").isVisible()).toBe(false);
    await page.getByRole("link", { name: "Back to the inbox" }).click();
    await expect.poll(() => page.locator("kontor-inbox-list").isVisible()).toBe(true);
  });

  it("lets an owner edit the profile and opening hours, with the API's objections next to the fields", async () => {
    // The deliberately invalid website is answered with 400, which Chromium logs.
    const page = await openPage("/signin?next=/inbox/baeckerei-schmidt/settings", { expectedFailures: [/\/api\/v1\/businesses\/baeckerei-schmidt\/profile$/] });
    await signIn(page, staff.localpart);
    await expect.poll(() => page.locator("kontor-settings-page h1").textContent(), { timeout: 30_000 }).toBe(`Settings of ${business.name}`);
    const website = page.getByLabel("Website");
    await website.fill("ftp://baeckerei-schmidt.example");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.locator("#website-error").waitFor({ timeout: 15_000 });
    expect(await page.locator("#website-error").textContent()).toContain("must start with https:// or http://");
    expect(await website.getAttribute("aria-invalid")).toBe("true");
    await website.fill("https://baeckerei-schmidt.example");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.locator("#profile").getByText("Saved").waitFor({ timeout: 15_000 });

    // A lunch break on Saturdays: a second shift, saved and shown on the public page.
    await page.getByRole("button", { name: "Add a shift on Saturday" }).click();
    await page.getByLabel("Saturday, shift 1: closes").fill("12:00");
    await page.getByLabel("Saturday, shift 1: closes").press("Tab");
    await page.getByLabel("Saturday, shift 2: opens").fill("14:00");
    await page.getByLabel("Saturday, shift 2: closes").fill("17:00");
    await page.getByLabel("Saturday, shift 2: closes").press("Tab");
    await page.getByRole("button", { name: "Save opening hours" }).click();
    await page.locator("#hours").getByText("Saved").waitFor({ timeout: 15_000 });
    await screenshot(page, "settings");
    await page.goto(`${homeserver.publicUrl}/b/baeckerei-schmidt`);
    await expect
      .poll(() => page.locator("kontor-hours-table tbody tr").evaluateAll((rows) => rows.map((row) => (row.textContent ?? "").replace(/\s+/g, " ").trim())), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(/^Saturday( \(today\))? 07:00–12:00, 14:00–17:00/));
  });
});

/** The ID of the focused element, looking into shadow roots (evaluated in the page). */
const deepFocusId = `(() => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element?.id ?? "";
})()`;
