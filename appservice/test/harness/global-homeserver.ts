import type { TestProject } from "vitest/node";
import { FakeIdentityProvider } from "./fake-identity-provider.ts";
import { startTestHomeserver, type TestHomeserver, type TestHomeserverInfo } from "./test-homeserver.ts";

declare module "vitest" {
  export interface ProvidedContext {
    homeserver: TestHomeserverInfo;
  }
}

/**
 * Vitest global setup: one real Synapse for every file of the project,
 * stopped at the end. For the browser tests it also offers single sign-on
 * through a fake identity provider, started first because its address goes
 * into Synapse's configuration.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const identityProvider = project.name === "browser" ? new FakeIdentityProvider() : undefined;
  await identityProvider?.start();
  let homeserver: TestHomeserver;
  try {
    homeserver = await startTestHomeserver({ identityProvider });
  } catch (error) {
    await identityProvider?.stop();
    throw error;
  }
  project.provide("homeserver", homeserver.info);
  return async () => {
    await homeserver.stop();
    await identityProvider?.stop();
  };
}
