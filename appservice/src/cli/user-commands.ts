import { MatrixApiError } from "../matrix/homeserver-client.ts";
import { registerWithSharedSecret } from "../matrix/shared-secret-registration.ts";
import { type CliCommand, UsageError } from "./command.ts";

const localpartPattern = /^[a-z0-9._=/+-]{1,64}$/;
const minimumPasswordLength = 8;

const createUser: CliCommand = {
  path: ["user", "create"],
  usage: "kontor user create <localpart> (--password <pw> | --password-stdin) [--admin] [--display-name <name>]",
  summary: "Create a local Matrix account on this Kontor's homeserver",
  options: {
    password: { type: "string" },
    "password-stdin": { type: "boolean" },
    admin: { type: "boolean" },
    "display-name": { type: "string" },
  },
  async run(context, positionals, values) {
    const [localpart, ...extra] = positionals;
    if (!localpart || extra.length > 0) throw new UsageError("give exactly one localpart, e.g. `alice`");
    if (!localpartPattern.test(localpart)) {
      throw new UsageError(`"${localpart}" is not a valid localpart: use lower-case letters, digits and . _ = - / +`);
    }
    const config = context.loadConfig();
    const reserved = [config.appservice.businessUserPrefix, config.appservice.customerGhostPrefix];
    const clash = reserved.find((prefix) => localpart.startsWith(prefix));
    if (clash || localpart === config.appservice.senderLocalpart) {
      throw new UsageError(`"${localpart}" is reserved for Kontor's own users (prefix "${clash ?? localpart}"); choose another name`);
    }
    let password = typeof values.password === "string" ? values.password : undefined;
    if (values["password-stdin"]) password = (await context.readStdin()).replace(/\r?\n$/, "");
    if (password === undefined) throw new UsageError("a password is required: --password <pw> or --password-stdin");
    if (password.length < minimumPasswordLength) {
      throw new UsageError(`the password must have at least ${minimumPasswordLength} characters`);
    }
    const userId = `@${localpart}:${config.homeserver.serverName}`;
    try {
      const user = await registerWithSharedSecret(context.homeserver(config), config.homeserver.registrationSharedSecret, {
        localpart,
        password,
        admin: values.admin === true,
        displayName: typeof values["display-name"] === "string" ? values["display-name"] : undefined,
      });
      if (context.json) context.out(JSON.stringify({ user_id: user.userId, admin: values.admin === true }));
      else context.out(`Created ${user.userId}${values.admin ? " (server admin)" : ""}. Sign in at ${config.homeserver.url} with that password.`);
      return 0;
    } catch (error) {
      if (error instanceof MatrixApiError && error.errcode === "M_USER_IN_USE") {
        context.err(`kontor: the user ${userId} already exists; choose another localpart`);
        return 1;
      }
      throw error;
    }
  },
};

export const userCommands: CliCommand[] = [createUser];
