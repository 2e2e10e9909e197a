import type { TestProject } from "vitest/node";
import { startTestHomeserver, type TestHomeserverInfo } from "./test-homeserver.ts";

declare module "vitest" {
  export interface ProvidedContext {
    homeserver: TestHomeserverInfo;
  }
}

/** Vitest global setup: one real Synapse for every file of the project, stopped at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const homeserver = await startTestHomeserver();
  project.provide("homeserver", homeserver.info);
  return () => homeserver.stop();
}
