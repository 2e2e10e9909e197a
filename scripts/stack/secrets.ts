import { generateKeyPairSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Every secret of one install. Generated once, kept in the data directory with mode 0600. */
export interface InstallSecrets {
  registrationSharedSecret: string;
  macaroonSecretKey: string;
  formSecret: string;
  asToken: string;
  hsToken: string;
  adminToken: string;
}

const secretNames: readonly (keyof InstallSecrets)[] = [
  "registrationSharedSecret",
  "macaroonSecretKey",
  "formSecret",
  "asToken",
  "hsToken",
  "adminToken",
];

const newSecret = (): string => randomBytes(32).toString("hex");

export function writePrivateFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/**
 * Loads the install's secrets, generating any that are missing. Existing ones
 * are never replaced: Synapse's database and the registration depend on them.
 */
export function ensureSecrets(dir: string): { secrets: InstallSecrets; created: boolean } {
  const path = join(dir, "secrets.json");
  const existing: Partial<InstallSecrets> = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Partial<InstallSecrets>) : {};
  const secrets = { ...existing } as InstallSecrets;
  let created = false;
  for (const name of secretNames) {
    if (typeof secrets[name] !== "string" || secrets[name].length < 32) {
      secrets[name] = newSecret();
      created = true;
    }
  }
  if (created) writePrivateFile(path, `${JSON.stringify(secrets, null, 2)}\n`);
  return { secrets, created };
}

/**
 * Writes a Synapse signing key (`ed25519 <key id> <unpadded base64 seed>`) if
 * there is none. The key identifies this server over federation and must
 * survive restarts.
 */
export function ensureSigningKey(path: string): boolean {
  if (existsSync(path)) return false;
  const { privateKey } = generateKeyPairSync("ed25519");
  const der = privateKey.export({ format: "der", type: "pkcs8" });
  const seed = der.subarray(der.length - 32).toString("base64").replace(/=+$/, "");
  const keyId = `a_${randomBytes(3).toString("base64url").slice(0, 4)}`;
  writePrivateFile(path, `ed25519 ${keyId} ${seed}\n`);
  return true;
}
