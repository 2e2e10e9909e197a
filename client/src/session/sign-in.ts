import { fetchMe, createKontorSession, deleteKontorSession } from "../api/session.ts";
import { logout, requestOpenIdToken, type MatrixLogin } from "../matrix/matrix-auth.ts";
import type { SessionStore, StoredSession } from "./session-store.ts";

export interface SignInDeps {
  store: SessionStore;
  fetchImpl?: typeof fetch;
}

/** Kontor did not accept the sign-in after the homeserver did (OpenID check failed, Kontor unreachable). */
export class KontorSignInError extends Error {
  constructor(cause: unknown) {
    super("Kontor did not accept the sign-in", { cause });
    this.name = "KontorSignInError";
  }
}

/**
 * After the homeserver accepted the person: prove who they are to Kontor
 * with an OpenID token (Kontor never sees the password or the access
 * token), learn which businesses they work for, and remember it all.
 */
export async function completeSignIn(login: MatrixLogin, deps: SignInDeps): Promise<StoredSession> {
  try {
    const openid = await requestOpenIdToken(login, deps.fetchImpl);
    const kontor = await createKontorSession(openid, { fetchImpl: deps.fetchImpl });
    const me = await fetchMe({ fetchImpl: deps.fetchImpl, headers: { authorization: `Bearer ${kontor.token}` } });
    const session: StoredSession = {
      userId: login.userId,
      homeserverUrl: login.homeserverUrl,
      accessToken: login.accessToken,
      deviceId: login.deviceId,
      kontor: { token: kontor.token, expiresAt: kontor.expiresAt },
      businesses: me.businesses,
    };
    deps.store.save(session);
    return session;
  } catch (error) {
    // Do not leave a device behind in the person's account for a sign-in that did not complete.
    await logout(login, deps.fetchImpl).catch(() => undefined);
    throw new KontorSignInError(error);
  }
}

/**
 * Signs out everywhere this browser is signed in: the Matrix device, the
 * Kontor session, and what the browser stored. Network failures do not
 * keep anyone signed in: the browser forgets the session regardless.
 */
export async function signOut(deps: SignInDeps, signedIn = deps.store.current): Promise<void> {
  const session = signedIn;
  deps.store.clear();
  if (!session) return;
  await Promise.allSettled([
    logout(session, deps.fetchImpl),
    session.kontor ? deleteKontorSession(session.kontor.token, { fetchImpl: deps.fetchImpl }) : Promise.resolve(),
  ]);
}
