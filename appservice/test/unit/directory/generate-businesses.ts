import type { DirectoryEntry } from "../../../src/directory/entry.ts";
import type { OpeningHours, TimeSlot, Weekday } from "../../../src/hours/model.ts";
import { responseTimes } from "../../../src/businesses/profile.ts";
import { searchTerms } from "../../../src/directory/normalize.ts";

/**
 * A deterministic directory of plausible EU businesses for tests and the
 * benchmark: the same seed always yields the same entries, in the same order.
 */

/** mulberry32: small, fast and good enough to spread test data evenly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedCity {
  name: string;
  country: string;
  timeZone: string;
  language: string;
}

export const cities: readonly GeneratedCity[] = [
  { name: "Berlin", country: "DE", timeZone: "Europe/Berlin", language: "de" },
  { name: "München", country: "DE", timeZone: "Europe/Berlin", language: "de" },
  { name: "Köln", country: "DE", timeZone: "Europe/Berlin", language: "de" },
  { name: "Düsseldorf", country: "DE", timeZone: "Europe/Berlin", language: "de" },
  { name: "Nürnberg", country: "DE", timeZone: "Europe/Berlin", language: "de" },
  { name: "Wien", country: "AT", timeZone: "Europe/Vienna", language: "de" },
  { name: "Kraków", country: "PL", timeZone: "Europe/Warsaw", language: "pl" },
  { name: "Łódź", country: "PL", timeZone: "Europe/Warsaw", language: "pl" },
  { name: "Gdańsk", country: "PL", timeZone: "Europe/Warsaw", language: "pl" },
  { name: "Malmö", country: "SE", timeZone: "Europe/Stockholm", language: "sv" },
  { name: "Göteborg", country: "SE", timeZone: "Europe/Stockholm", language: "sv" },
  { name: "Aarhus", country: "DK", timeZone: "Europe/Copenhagen", language: "da" },
  { name: "København", country: "DK", timeZone: "Europe/Copenhagen", language: "da" },
  { name: "Orléans", country: "FR", timeZone: "Europe/Paris", language: "fr" },
  { name: "Besançon", country: "FR", timeZone: "Europe/Paris", language: "fr" },
  { name: "Málaga", country: "ES", timeZone: "Europe/Madrid", language: "es" },
  { name: "A Coruña", country: "ES", timeZone: "Europe/Madrid", language: "es" },
  { name: "Évora", country: "PT", timeZone: "Europe/Lisbon", language: "pt" },
  { name: "Brno", country: "CZ", timeZone: "Europe/Prague", language: "cs" },
  { name: "Plzeň", country: "CZ", timeZone: "Europe/Prague", language: "cs" },
  { name: "Győr", country: "HU", timeZone: "Europe/Budapest", language: "hu" },
  { name: "Forlì", country: "IT", timeZone: "Europe/Rome", language: "it" },
  { name: "Tallinn", country: "EE", timeZone: "Europe/Tallinn", language: "et" },
  { name: "Rīga", country: "LV", timeZone: "Europe/Riga", language: "lv" },
];

const surnames = [
  "Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Jäger", "Nowak", "Wiśniewski", "Kowalczyk", "Dvořák",
  "Novák", "Kovács", "Szabó", "Lindqvist", "Åström", "Jørgensen", "Østergaard", "Dubois", "Lefèvre", "Rossi",
  "Ferrari", "García", "Muñoz", "Gonçalves", "Papadopoulos", "Łukasiewicz", "Tamm", "Bērziņš", "Janssen", "Peeters",
];
const firstNames = ["Anna", "Jörg", "Zoë", "Małgorzata", "Søren", "Chloé", "José", "Inês", "Luca", "Björn", "Ágnes", "Tomáš"];
const places = ["am Markt", "Sonnenschein", "Lindenhof", "Rosengarten", "Altstadt", "zum Stern", "Möwe", "Bahnhof", "Kastanie", "Löwen"];
const streets = ["Hauptstraße", "Lange Straße", "Schloßallee", "Marktplatz", "Rue de la Paix", "ulica Długa", "Storgatan", "Calle Mayor"];

interface Trade {
  category: string;
  names: readonly string[];
  tags: readonly string[];
  blurbs: readonly string[];
}

const trades: readonly Trade[] = [
  { category: "bakery", names: ["Bäckerei {s}", "{s}s Backstube", "Boulangerie {s}", "Piekarnia {s}"], tags: ["Sauerteig", "Vollkorn", "Brezeln", "gluten-free", "Straßenverkauf"], blurbs: ["Frisches Brot und Brötchen jeden Morgen.", "Sourdough bread baked daily."] },
  { category: "cafe", names: ["Café {p}", "Kaffeehaus {s}", "Caffè {f}"], tags: ["espresso", "Frühstück", "wifi", "Kuchen"], blurbs: ["Kaffee, Kuchen und Frühstück.", "Specialty coffee and cakes."] },
  { category: "restaurant", names: ["Restaurant {s}", "Trattoria da {f}", "Gasthaus {p}", "Bistro {f}"], tags: ["vegetarisch", "Mittagstisch", "Terrasse"], blurbs: ["Regionale Küche mit saisonalen Zutaten.", "Home-made pasta and wine."] },
  { category: "bar", names: ["Bar {p}", "Weinstube {s}", "Kneipe {p}"], tags: ["cocktails", "Craft Beer", "Live-Musik"], blurbs: ["Cocktails und Wein bis spät.", "Natural wines and small plates."] },
  { category: "florist", names: ["Blumen {s}", "Fleuriste {f}", "Kwiaciarnia {f}"], tags: ["Hochzeit", "Sträuße", "Trauerfloristik"], blurbs: ["Sträuße und Gestecke für jeden Anlass.", "Wedding flowers and plants."] },
  { category: "bookshop", names: ["Buchhandlung {s}", "Librairie {p}", "Księgarnia {f}"], tags: ["Kinderbücher", "Antiquariat", "Lesungen"], blurbs: ["Bücher, Beratung und Lesungen.", "New and second-hand books."] },
  { category: "hairdresser", names: ["Salon {f}", "Friseur {s}", "Coiffure {f}"], tags: ["Damen", "Herren", "Färben"], blurbs: ["Schnitt, Farbe und Styling.", "Haircuts without appointment."] },
  { category: "pharmacy", names: ["{p}-Apotheke", "Apteka {s}", "Pharmacie {s}"], tags: ["Notdienst", "Homöopathie", "Lieferung"], blurbs: ["Arzneimittel und Beratung.", "Prescriptions and delivery."] },
  { category: "dentist", names: ["Zahnarztpraxis Dr. {s}", "Dental {p}"], tags: ["Prophylaxe", "Implantate", "Angstpatienten"], blurbs: ["Moderne Zahnmedizin.", "Check-ups and cleaning."] },
  { category: "lawyer", names: ["Kanzlei {s} & {s}", "Avocats {s}"], tags: ["Mietrecht", "Arbeitsrecht", "Familienrecht"], blurbs: ["Beratung im Miet- und Arbeitsrecht.", "Legal advice in three languages."] },
  { category: "it_services", names: ["{s} IT-Service", "{p} Digital", "{s} Software"], tags: ["Netzwerk", "Webdesign", "Reparatur"], blurbs: ["Computerhilfe für Büros.", "Websites and network support."] },
  { category: "bicycle", names: ["Radhaus {s}", "Cykelverkstan {f}", "Fahrrad {s}"], tags: ["E-Bike", "Reparatur", "Verleih"], blurbs: ["Reparatur und Verkauf von Fahrrädern.", "Bike repairs while you wait."] },
  { category: "car_repair", names: ["Autowerkstatt {s}", "Garage {s}"], tags: ["TÜV", "Reifen", "Klimaservice"], blurbs: ["Inspektion, Reifen und Reparatur.", "Tyres and servicing."] },
  { category: "hotel", names: ["Hotel {p}", "Pension {s}"], tags: ["Frühstück", "Parkplatz", "barrierefrei"], blurbs: ["Zimmer mit Frühstück im Zentrum.", "Rooms with breakfast."] },
  { category: "butcher", names: ["Metzgerei {s}", "Boucherie {s}", "Fleischerei {s}"], tags: ["Bio", "Wurst", "Partyservice"], blurbs: ["Fleisch und Wurst aus der Region.", "Local meat and catering."] },
  { category: "optician", names: ["Optik {s}", "Optiker {f}"], tags: ["Kontaktlinsen", "Sehtest"], blurbs: ["Brillen und Kontaktlinsen.", "Eye tests and glasses."] },
];

const languagePool = ["en", "de", "fr", "pl", "es", "it", "sv", "cs", "nl"];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function slot(open: string, close: string): TimeSlot[] {
  return [{ open, close }];
}

const weeklyPatterns: readonly Partial<Record<Weekday, TimeSlot[]>>[] = [
  { mon: slot("07:00", "18:00"), tue: slot("07:00", "18:00"), wed: slot("07:00", "18:00"), thu: slot("07:00", "18:00"), fri: slot("07:00", "18:00"), sat: slot("07:00", "13:00") },
  { mon: slot("09:00", "17:00"), tue: slot("09:00", "17:00"), wed: slot("09:00", "17:00"), thu: slot("09:00", "17:00"), fri: slot("09:00", "15:00") },
  { tue: [{ open: "08:00", close: "12:00" }, { open: "14:00", close: "18:00" }], thu: slot("08:00", "12:00"), sat: slot("10:00", "14:00") },
  { wed: slot("18:00", "02:00"), thu: slot("18:00", "02:00"), fri: slot("18:00", "03:00"), sat: slot("18:00", "03:00") },
  { mon: slot("11:00", "22:00"), wed: slot("11:00", "22:00"), fri: slot("11:00", "23:00"), sun: slot("12:00", "20:00") },
];

function hours(random: () => number, city: GeneratedCity): OpeningHours {
  return { timeZone: city.timeZone, weekly: pick(random, weeklyPatterns), special: [] };
}

function fill(template: string, random: () => number): string {
  return template
    .replace(/\{s\}/g, () => pick(random, surnames))
    .replace(/\{f\}/g, () => pick(random, firstNames))
    .replace(/\{p\}/g, () => pick(random, places));
}

function slugOf(name: string, index: number): string {
  const base = searchTerms(name).join("-").replace(/[^a-z0-9-]/g, "").slice(0, 30).replace(/-+$/, "");
  return `${base || "business"}-${index.toString(36)}`;
}

/** `count` entries from `seed`; slugs are unique because they end in the entry's index. */
export function generateBusinesses(count: number, seed = 20_240_601): DirectoryEntry[] {
  const random = seededRandom(seed);
  const entries: DirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    const trade = pick(random, trades);
    const city = pick(random, cities);
    const name = fill(pick(random, trade.names), random);
    const second = random() < 0.25 ? pick(random, trades).category : undefined;
    const languages = [city.language];
    if (random() < 0.6 && city.language !== "en") languages.push("en");
    if (random() < 0.2) languages.push(pick(random, languagePool));
    const tags = [pick(random, trade.tags), pick(random, trade.tags)];
    const year = 1950 + Math.floor(random() * 74);
    entries.push({
      slug: slugOf(name, i),
      name,
      categories: second === undefined || second === trade.category ? [trade.category] : [trade.category, second],
      tags: [...new Set(tags)],
      description: `${pick(random, trade.blurbs)} Seit ${year}. Adresse: ${pick(random, streets)} ${1 + Math.floor(random() * 120)}, ${city.name}.`,
      city: city.name,
      country: city.country,
      languages: [...new Set(languages)],
      responseTime: pick(random, responseTimes),
      ...(random() < 0.3 ? { logo: `mxc://example.org/logo${i}` } : {}),
      hours: hours(random, city),
    });
  }
  return entries;
}

/**
 * A stand-in for the real opening-hours evaluation: open on Mondays at 10:00
 * local time. Enough to exercise open_now paging; the time-zone logic lives in
 * hours/ and is tested there.
 */
export function openMondayAtTen(entry: DirectoryEntry): boolean {
  return (entry.hours.weekly.mon ?? []).some((s) => s.open <= "10:00" && (s.close > "10:00" || s.close <= s.open));
}
