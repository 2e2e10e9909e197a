import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

/**
 * matrix-js-sdk loads its Rust crypto (a 5 MB WebAssembly module) with
 * import() when a client calls initRustCrypto. Kontor never does
 * (conversations are unencrypted), so that import resolves to a stub and
 * the crypto library is not part of the build at all.
 */
function withoutMatrixCrypto(): Plugin {
  const stub = fileURLToPath(new URL("./src/matrix/no-rust-crypto.ts", import.meta.url));
  return {
    name: "kontor-without-matrix-crypto",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./rust-crypto/index.js" && importer?.replaceAll("\\", "/").includes("/matrix-js-sdk/lib/")) return stub;
      return null;
    },
  };
}

/**
 * The public pages (directory, business page) form the entry chunk and stay
 * small. The signed-in area is reached only through
 * `import("./signed-in/index.ts")`, so Rollup puts it, and whatever only it
 * imports (the message sanitiser with DOMPurify), into a lazily loaded
 * chunk; matrix-js-sdk is one more import() away (`matrix-runtime`), loaded
 * once someone is signed in. No manualChunks: forcing modules into a named
 * chunk makes Rollup move shared code (Lit) there too and preload it.
 */
export default defineConfig({
  plugins: [withoutMatrixCrypto()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // The Matrix SDK chunk is large, but only signed-in people load it, once; the size table in docs/client.md keeps watch.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // The lazy chunk would be called "index" after its file; name it for the size report.
        chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.endsWith("/src/signed-in/index.ts")) ? "assets/signed-in-[hash].js" : "assets/[name]-[hash].js"),
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
