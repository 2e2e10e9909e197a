import type { Migration } from "../migrate.ts";
import { transactionInbox } from "./001-transaction-inbox.ts";
import { businesses } from "./002-businesses.ts";
import { directoryIndex } from "./003-directory-index.ts";
import { conversations } from "./004-conversations.ts";
import { transactionNumbers } from "./005-transaction-numbers.ts";
import { sessionsAndCannedReplies } from "./006-sessions-and-canned-replies.ts";
import { integrations } from "./007-integrations.ts";

/** Every schema migration, in order. Append new ones; never edit or remove old ones. */
export const migrations: readonly Migration[] = [transactionInbox, businesses, directoryIndex, conversations, transactionNumbers, sessionsAndCannedReplies, integrations];
