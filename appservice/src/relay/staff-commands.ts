import type { StaffRole } from "../businesses/business-repository.ts";
import { KontorError } from "../errors/codes.ts";
import type { Conversation } from "../conversations/conversation.ts";
import type { ConversationService } from "../conversations/conversation-service.ts";
import { parseSnoozeUntil } from "./snooze-time.ts";

export interface CommandContext {
  conversation: Conversation;
  sender: string;
  timeZone: string;
  /** The business's staff, to check assignees. */
  staffRole(userId: string): StaffRole | undefined;
  service: ConversationService;
  now: number;
  locale: "de" | "en";
}

const help = {
  en: [
    "Commands in this room (only the customer never sees them):",
    "!assign [me | @user:server] — assign the conversation",
    "!unassign — remove the assignee",
    "!resolve — mark as resolved",
    "!reopen — open again",
    "!snooze 2h | 3d | tomorrow 09:00 | monday | 2026-12-07 08:00 — snooze until then",
    "!label +urgent -billing — add or remove labels",
    "!note <text> — an internal note (thread replies are notes too)",
    "Everything else you write here reaches the customer.",
  ],
  de: [
    "Befehle in diesem Raum (die Kundin oder der Kunde sieht sie nie):",
    "!assign [me | @nutzer:server] — Gespräch zuweisen",
    "!unassign — Zuweisung aufheben",
    "!resolve — als erledigt markieren",
    "!reopen — wieder öffnen",
    "!snooze 2h | 3d | tomorrow 09:00 | monday | 2026-12-07 08:00 — bis dahin zurückstellen",
    "!label +dringend -rechnung — Labels hinzufügen oder entfernen",
    "!note <Text> — interne Notiz (Antworten im Thread sind auch Notizen)",
    "Alles andere, was du hier schreibst, erreicht die Kundin oder den Kunden.",
  ],
};

export function helpText(locale: "de" | "en"): string {
  return help[locale].join("\n");
}

const say = (locale: "de" | "en", en: string, de: string) => (locale === "de" ? de : en);

/**
 * Runs a `!command` written in a staff room and returns the answer to post
 * there. Only called for messages by the business's staff.
 */
export async function runStaffCommand(text: string, context: CommandContext): Promise<string> {
  const [command = "", ...args] = text.trim().slice(1).split(/\s+/);
  const { service, conversation, locale } = context;
  try {
    switch (command.toLowerCase()) {
      case "help":
        return helpText(locale);
      case "assign": {
        const target = !args[0] || args[0] === "me" ? context.sender : args[0];
        if (!context.staffRole(target)) return say(locale, `${target} is not on this business's staff.`, `${target} gehört nicht zum Team.`);
        await service.assign(conversation.id, target);
        return say(locale, `Assigned to ${target}.`, `Zugewiesen an ${target}.`);
      }
      case "unassign":
        await service.assign(conversation.id, undefined);
        return say(locale, "No longer assigned.", "Zuweisung aufgehoben.");
      case "resolve":
        await service.setStatus(conversation.id, "resolved");
        return say(locale, "Resolved. A new message from the customer opens it again.", "Erledigt. Eine neue Nachricht der Kundschaft öffnet das Gespräch wieder.");
      case "reopen":
        await service.setStatus(conversation.id, "open");
        return say(locale, "Open again.", "Wieder offen.");
      case "snooze": {
        const until = parseSnoozeUntil(args.join(" "), context.now, context.timeZone);
        if (until === undefined || until <= context.now) {
          return say(locale, "Say how long or until when, e.g. !snooze 2h or !snooze tomorrow 09:00.", "Sag, wie lange oder bis wann, z. B. !snooze 2h oder !snooze tomorrow 09:00.");
        }
        await service.snooze(conversation.id, until);
        const when = new Date(until).toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: context.timeZone, dateStyle: "medium", timeStyle: "short" });
        return say(locale, `Snoozed until ${when}.`, `Zurückgestellt bis ${when}.`);
      }
      case "label":
      case "labels": {
        if (args.length === 0) {
          return conversation.labels.length > 0 ? conversation.labels.map((label) => `#${label}`).join(" ") : say(locale, "No labels.", "Keine Labels.");
        }
        const updated = await service.setLabels(conversation.id, (labels) => {
          let next = [...labels];
          for (const arg of args) {
            if (arg.startsWith("-")) next = next.filter((label) => label !== arg.slice(1));
            else next.push(arg.replace(/^[+#]/, ""));
          }
          return next;
        });
        return updated.labels.length > 0 ? `Labels: ${updated.labels.map((label) => `#${label}`).join(" ")}` : say(locale, "No labels.", "Keine Labels.");
      }
      default:
        return say(locale, `Unknown command !${command}. !help lists the commands.`, `Unbekannter Befehl !${command}. !help zeigt die Befehle.`);
    }
  } catch (error) {
    if (error instanceof KontorError) return error.message;
    throw error;
  }
}
