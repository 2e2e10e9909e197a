import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { screenshot } from "../harness/browser.ts";
import { useWebClientStack } from "../harness/web-client-stack.ts";

/**
 * Single sign-on in the web client, for real: the test Synapse offers a
 * fake identity provider (started by the global setup), the person picks it
 * on Kontor's sign-in page, the browser goes to the homeserver, the provider
 * and back, and Kontor finishes the sign-in with the login token.
 */

const homeserver = inject("homeserver");
const provider = homeserver.identityProvider;
const pages = useWebClientStack(homeserver);
const openPage = pages.open.bind(pages);

beforeAll(async () => {
  if (!provider) throw new Error("the browser project's homeserver offers no identity provider (see harness/global-homeserver.ts)");
});

/** Waits for a URL; on a timeout, says where the browser got stuck and what that page said (a homeserver's SSO error page, say). */
async function arriveAt(page: Page, url: RegExp, timeout = 30_000): Promise<void> {
  try {
    await page.waitForURL(url, { timeout });
  } catch (error) {
    const text = await page.locator("body").innerText({ timeout: 2_000 }).catch(() => "");
    throw new Error(`expected to arrive at ${url}, but the browser is at ${page.url()}: ${text.slice(0, 500)}`, { cause: error });
  }
}

interface StoredSessionView {
  userId: string;
  homeserverUrl: string;
  accessToken: string;
  kontor: { token: string } | null;
}

describe("single sign-on in the web client", () => {
  it("signs a person in through their homeserver's identity provider and out again", async () => {
    const person = provider!.person;
    const userId = `@${person.preferred_username}:${homeserver.serverName}`;
    const page = await openPage("/conversations");
    await arriveAt(page, /\/signin\?next=\/conversations$/);
    // The homeserver lists the provider among its login flows; the sign-in page offers it beside the password.
    const continueWith = page.getByRole("button", { name: `Continue with ${provider!.name}` });
    await continueWith.waitFor({ timeout: 15_000 });
    await continueWith.click();

    // Homeserver, identity provider, homeserver again (no "continue to this app?" page: Kontor is whitelisted), then Kontor.
    await arriveAt(page, /\/conversations$/);
    await page.getByTitle(`Signed in as ${userId}`).waitFor({ timeout: 15_000 });
    await screenshot(page, "signin-sso");

    // The session is stored, and the homeserver created the account with the provider's name for the person.
    const session = await page.evaluate<StoredSessionView | null>("JSON.parse(localStorage.getItem('kontor.session'))");
    expect(session).toMatchObject({ userId, homeserverUrl: homeserver.homeserverUrl });
    expect(session?.kontor?.token).toBeTruthy();
    const profile = await fetch(`${homeserver.homeserverUrl}/_matrix/client/v3/profile/${encodeURIComponent(userId)}`, {
      headers: { authorization: `Bearer ${session?.accessToken ?? ""}` },
    });
    expect(profile.status).toBe(200);
    expect(await profile.json()).toMatchObject({ displayname: person.name });
    // What the round trip needed is gone once it is over.
    expect(await page.evaluate<number>("sessionStorage.length")).toBe(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await arriveAt(page, new RegExp(`^${homeserver.publicUrl}/$`));
    expect(await page.evaluate<string | null>("localStorage.getItem('kontor.session')")).toBeNull();
    // The Matrix access token ended with the session.
    const afterSignOut = await fetch(`${homeserver.homeserverUrl}/_matrix/client/v3/account/whoami`, {
      headers: { authorization: `Bearer ${session?.accessToken ?? ""}` },
    });
    expect(afterSignOut.status).toBe(401);
  });

  it("explains a login token the homeserver does not accept, with a way to sign in again", async () => {
    // The homeserver answers the unusable token with 403, which Chromium logs.
    const page = await openPage("/signin/sso?loginToken=not-a-real-token", { expectedFailures: [/\/_matrix\/client\/v3\/login$/] });
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain("The sign-in link from your homeserver has expired or was already used. Sign in again.");
    // Not beside it: the claim that the homeserver confirmed who the person is.
    expect(await page.getByText("Your homeserver confirmed who you are").count()).toBe(0);
    await screenshot(page, "signin-sso-failed");
    await alert.getByRole("link", { name: "Try signing in again" }).click();
    await arriveAt(page, /\/signin$/);
    await page.getByRole("button", { name: `Continue with ${provider!.name}` }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate<string | null>("localStorage.getItem('kontor.session')")).toBeNull();
  });
});
