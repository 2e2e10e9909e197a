/** UI strings in English and German. Keys are shared; every language has every key. */
export const messages = {
  en: {
    tagline: "Find a business and write to it from any Matrix client.",
    statusHeading: "System status",
    statusLoading: "Checking Kontor's status…",
    statusOk: "Everything works: homeserver, appservice and store.",
    statusDegraded: "Kontor is running, but something needs attention.",
    statusUnreachable: "Kontor's API does not answer. Is `npm start` running?",
    checkHomeserver: "Homeserver",
    checkPing: "Appservice ping through the homeserver",
    checkStore: "Store",
    ok: "fine",
    failing: "failing",
    directoryComing: "The business directory opens here.",
  },
  de: {
    tagline: "Finde ein Unternehmen und schreib ihm aus jedem Matrix-Client.",
    statusHeading: "Systemstatus",
    statusLoading: "Kontors Status wird geprüft …",
    statusOk: "Alles funktioniert: Homeserver, Appservice und Speicher.",
    statusDegraded: "Kontor läuft, aber etwas braucht Aufmerksamkeit.",
    statusUnreachable: "Kontors API antwortet nicht. Läuft `npm start`?",
    checkHomeserver: "Homeserver",
    checkPing: "Appservice-Ping über den Homeserver",
    checkStore: "Speicher",
    ok: "in Ordnung",
    failing: "gestört",
    directoryComing: "Hier öffnet sich das Unternehmensverzeichnis.",
  },
} as const;

export type Language = keyof typeof messages;
export type MessageKey = keyof (typeof messages)["en"];

/** The first supported language among the browser's preferences; English otherwise. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "de" || base === "en") return base;
  }
  return "en";
}

export function translate(language: Language, key: MessageKey): string {
  return messages[language][key];
}
