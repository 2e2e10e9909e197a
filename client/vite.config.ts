import { defineConfig } from "vite";

/**
 * The public pages (directory, business page) form the entry chunk and stay
 * small. The signed-in area is reached only through
 * `import("./signed-in/index.ts")`, so Rollup puts it, and whatever only it
 * imports (later matrix-js-sdk, the message sanitiser with DOMPurify), into
 * a lazily loaded chunk. No manualChunks: forcing modules into a named
 * chunk makes Rollup move shared code (Lit) there too and preload it.
 */
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    rollupOptions: {
      output: {
        // The lazy chunk would be called "index" after its file; name it for the size report.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes("/src/signed-in/") ? "assets/signed-in-[hash].js" : "assets/[name]-[hash].js"),
      },
    },
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8080" },
  },
});
