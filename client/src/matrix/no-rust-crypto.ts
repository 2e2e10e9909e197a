/**
 * Stands in for matrix-js-sdk's rust-crypto module in the build (see
 * vite.config.ts). Kontor conversations are unencrypted and the client
 * never calls initRustCrypto, so the 5 MB WebAssembly crypto library is
 * left out of the build instead of being shipped unused.
 */
export function initRustCrypto(): never {
  throw new Error("Kontor's web client does not set up end-to-end encryption: Kontor conversations are unencrypted.");
}
