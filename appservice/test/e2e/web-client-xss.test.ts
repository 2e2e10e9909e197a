import { randomUUID } from "node:crypto";
import type { Browser, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { xssCorpus, xssFlag } from "../../../client/test/xss-corpus.ts";
import { ensureClientBuilt } from "../../../scripts/stack/client-build.ts";
import type { ManagedProcess } from "../../../scripts/stack/managed-process.ts";
import { launchBrowser } from "../harness/browser.ts";
import { createBusiness, isText, type BusinessFixture } from "../harness/conversation-fixture.ts";
import { kontorJson, runKontorCli } from "../harness/kontor-cli.ts";
import { startKontor } from "../harness/kontor-process.ts";
import { kontorApi, kontorSession } from "../harness/kontor-session.ts";
import { MatrixTestClient, uniqueLocalpart } from "../harness/matrix-test-client.ts";

/**
 * Every payload of the XSS corpus, sent as Matrix HTML by the customer (from
 * a Matrix app) and by a staff member (in the staff room), then opened in
 * the web client by the other side and by the sender: nothing may run, no
 * dialog may open, and the console stays clean (no CSP violations).
 */

const homeserver = inject("homeserver");
const password = `pw-${randomUUID()}`;
let kontor: ManagedProcess;
let browser: Browser;
let business: BusinessFixture;
let customer: { localpart: string; client: MatrixTestClient };
let owner: { localpart: string; client: MatrixTestClient };
let agent: MatrixTestClient;
let conversationId: string;

const customerDone = "customer payloads sent";
const staffDone = "staff payloads sent";

async function createUser(prefix: string): Promise<{ localpart: string; client: MatrixTestClient }> {
  const localpart = uniqueLocalpart(prefix);
  const result = await runKontorCli(homeserver, ["user", "create", localpart, "--password", password]);
  expect(result.code, result.stderr).toBe(0);
  return { localpart, client: await MatrixTestClient.login(homeserver.homeserverUrl, localpart, password) };
}

async function sendCorpus(client: MatrixTestClient, roomId: string, who: string, done: string): Promise<void> {
  for (const [index, payload] of xssCorpus.entries()) {
    await client.sendEvent(roomId, "m.room.message", {
      msgtype: "m.text",
      body: `${who} payload ${index + 1}: ${payload.name}`,
      format: "org.matrix.custom.html",
      formatted_body: payload.html,
    });
  }
  await client.sendText(roomId, done);
}

/** The staff room is created right after the conversation starts; asks the API until it names it. */
async function staffRoomOf(api: ReturnType<typeof kontorApi>): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { body } = await api<{ staff_room_id: string | null }>("GET", `/businesses/${business.slug}/conversations/${conversationId}`);
    if (body.staff_room_id) return body.staff_room_id;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the conversation has no staff room after 20 s");
}

beforeAll(async () => {
  await ensureClientBuilt();
  kontor = await startKontor(homeserver);
  customer = await createUser("xss-customer");
  owner = await createUser("xss-owner");
  agent = await MatrixTestClient.register(homeserver, "xss-agent", { displayName: "Agent" });
  business = await createBusiness(homeserver, { name: "Script Shop", staff: [agent] });
  await kontorJson(homeserver, ["staff", "add", "--business", business.slug, "--user", owner.client.userId, "--role", "owner"]);

  const customerApi = kontorApi(homeserver.publicUrl, await kontorSession(homeserver.publicUrl, customer.client));
  const started = await customerApi<{ id: string; room_id: string }>("POST", "/me/conversations", { business: business.slug });
  expect(started.status).toBe(201);
  conversationId = started.body.id;
  const customerRoom = started.body.room_id;
  await customer.client.waitForInvite((roomId) => roomId === customerRoom);
  await customer.client.join(customerRoom);

  const ownerApi = kontorApi(homeserver.publicUrl, await kontorSession(homeserver.publicUrl, owner.client));
  const staffRoom = await staffRoomOf(ownerApi);
  await agent.join(staffRoom);

  // One side after the other; each side has everything once the last message has crossed over.
  await sendCorpus(customer.client, customerRoom, "customer", customerDone);
  await agent.waitForEvent(staffRoom, isText(customerDone), "the customer's payloads", 30_000);
  await sendCorpus(agent, staffRoom, "staff", staffDone);
  await customer.client.waitForEvent(customerRoom, isText(staffDone), "the staff's payloads", 30_000);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await kontor?.stop();
});

interface Watched {
  page: Page;
  problems: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/** A page that records console errors, uncaught exceptions and dialogs (which it dismisses). */
async function watchedPage(path: string): Promise<Watched> {
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/Berlin", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    // The corpus's mxc://example.org images are fetched as media; offline, the homeserver answers 502 or 404.
    // That is a failed download, not a script or a CSP violation, so it is no problem here.
    if (/^Failed to load resource/.test(message.text()) && message.location().url.includes("/_matrix/client/v1/media/")) return;
    problems.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${homeserver.publicUrl}${path}`);
  return { page, problems, dialogs, close: () => context.close() };
}

async function signIn(page: Page, user: string): Promise<void> {
  await page.getByLabel("Matrix ID or username").fill(user);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Loads the whole conversation: "Load earlier messages" until the start is reached. */
async function loadEverything(page: Page): Promise<void> {
  const older = page.getByRole("button", { name: "Load earlier messages" });
  for (let round = 0; round < 20; round += 1) {
    await page.waitForTimeout(200);
    if ((await older.count()) === 0) return;
    await older.click();
    await expect.poll(() => page.getByRole("button", { name: "Loading earlier messages…" }).count(), { timeout: 15_000 }).toBe(0);
  }
}

/** Whether the flag got set in the page or any frame in it. */
async function flagSet(page: Page): Promise<boolean> {
  for (const frame of page.frames()) {
    if (await frame.evaluate<boolean>(`window.${xssFlag} !== undefined`).catch(() => false)) return true;
  }
  return false;
}

async function expectNothingRan(path: string, user: string): Promise<void> {
  const watched = await watchedPage(path);
  const { page } = watched;
  await signIn(page, user);
  const log = page.getByRole("log");
  await log.getByText(staffDone).waitFor({ timeout: 30_000 });
  await loadEverything(page);
  await log.getByText(customerDone).waitFor();
  // Every payload was rendered: the customer's and the staff's.
  expect(await log.locator("kontor-message-bubble").count()).toBeGreaterThanOrEqual(2 * xssCorpus.length);
  // Give handlers (onload, onerror, animations, autofocus) a moment to fire.
  await page.waitForTimeout(500);
  expect(await flagSet(page)).toBe(false);
  await watched.close();
  expect(watched.dialogs).toEqual([]);
  expect(watched.problems).toEqual([]);
}

describe("hostile Matrix HTML in the web client", () => {
  it("runs nothing in the staff inbox (the customer's payloads relayed, a colleague's sent directly)", async () => {
    await expectNothingRan(`/signin?next=/inbox/${business.slug}/${conversationId}`, owner.localpart);
  });

  it("runs nothing in the customer's conversation (their own payloads, and the staff's relayed)", async () => {
    await expectNothingRan(`/signin?next=/conversations/${conversationId}`, customer.client.userId);
  });
});
