import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook } from "../../../src/webhooks/signing.ts";

describe("webhook signatures", () => {
  it("follow Standard Webhooks: v1, HMAC-SHA256 over id.timestamp.body with the decoded secret", () => {
    // The example secret and message of the Standard Webhooks specification's test vector.
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const body = '{"test": 2432232314}';
    const signature = signWebhook(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("generates secrets that decode to 24 random bytes", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(24);
    expect(newWebhookSecret()).not.toBe(secret);
    const manual = createHmac("sha256", Buffer.from(secret.slice(6), "base64")).update("a.1.b").digest("base64");
    expect(signWebhook(secret, "a", 1, "b")).toBe(`v1,${manual}`);
  });
});
