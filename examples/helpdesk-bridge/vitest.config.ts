// Runs the example's unit tests on their own: `npx vitest run --root examples/helpdesk-bridge`.
// In the repository they can also run in the root config's `unit` project.
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Vitest's cache goes with the repository's, not into the example.
  cacheDir: "../../node_modules/.vite/helpdesk-bridge",
  test: { include: ["test/**/*.test.ts"], environment: "node" },
});
