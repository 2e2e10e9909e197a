import { createHmac } from "node:crypto";
import type { HomeserverClient } from "./homeserver-client.ts";

export interface RegisterUserOptions {
  localpart: string;
  password: string;
  admin: boolean;
  displayName?: string;
}

export interface RegisteredUser {
  userId: string;
  accessToken: string;
  deviceId: string;
}

/**
 * Creates a local account through Synapse's shared-secret registration API
 * (`/_synapse/admin/v1/register`): a nonce, then an HMAC-SHA1 over nonce,
 * user, password and admin flag, keyed with registration_shared_secret.
 */
export async function registerWithSharedSecret(
  client: HomeserverClient,
  sharedSecret: string,
  options: RegisterUserOptions,
): Promise<RegisteredUser> {
  const path = "/_synapse/admin/v1/register";
  const { nonce } = await client.request<{ nonce: string }>("GET", path, { accessToken: null });
  const mac = createHmac("sha1", sharedSecret)
    .update(nonce)
    .update("\x00")
    .update(options.localpart)
    .update("\x00")
    .update(options.password)
    .update("\x00")
    .update(options.admin ? "admin" : "notadmin")
    .digest("hex");
  const result = await client.request<{ user_id: string; access_token: string; device_id: string }>("POST", path, {
    accessToken: null,
    body: {
      nonce,
      username: options.localpart,
      password: options.password,
      admin: options.admin,
      mac,
      ...(options.displayName ? { displayname: options.displayName } : {}),
    },
  });
  return { userId: result.user_id, accessToken: result.access_token, deviceId: result.device_id };
}
