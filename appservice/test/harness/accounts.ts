import type { Page } from "playwright-core";
import { runKontorCli } from "./kontor-cli.ts";
import { MatrixTestClient, uniqueLocalpart } from "./matrix-test-client.ts";
import type { TestHomeserverInfo } from "./test-homeserver.ts";

export interface TestAccount {
  localpart: string;
  userId: string;
  /** The account in a plain Matrix client, as if in another Matrix app. */
  client: MatrixTestClient;
}

/** A Matrix account with a known password, created the way an operator would (`kontor user create`). */
export async function createAccount(homeserver: TestHomeserverInfo, prefix: string, password: string): Promise<TestAccount> {
  const localpart = uniqueLocalpart(prefix);
  const result = await runKontorCli(homeserver, ["user", "create", localpart, "--password", password]);
  if (result.code !== 0) throw new Error(`kontor user create ${localpart} failed: ${result.stderr}`);
  const client = await MatrixTestClient.login(homeserver.homeserverUrl, localpart, password);
  return { localpart, userId: client.userId, client };
}

/** Fills in the web client's sign-in form with a password and submits it. */
export async function signInWithPassword(page: Page, user: string, password: string): Promise<void> {
  await page.getByLabel("Matrix ID or username").fill(user);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}
