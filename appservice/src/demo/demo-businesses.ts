/**
 * A handful of realistic EU businesses for `kontor demo`, so a newcomer sees
 * a populated directory. Hours use the compact spec of `--hours`.
 */
export interface DemoBusiness {
  slug: string;
  name: string;
  categories: string[];
  tags: string[];
  description: string;
  address: { street: string; postcode: string; city: string; country: string };
  coordinates: { lat: number; lon: number };
  languages: string[];
  website?: string;
  phone?: string;
  timeZone: string;
  hours: string;
  special: string[];
  responseTime: "minutes" | "hour" | "hours" | "day" | "days";
}

const holidays2026 = ["2026-12-24 closed Heiligabend", "2026-12-25 closed 1. Weihnachtstag", "2026-12-26 closed 2. Weihnachtstag", "2027-01-01 closed Neujahr"];

export const demoBusinesses: DemoBusiness[] = [
  {
    slug: "baeckerei-schmidt",
    name: "Bäckerei Schmidt",
    categories: ["bakery", "cafe"],
    tags: ["Sauerteig", "Vollkorn", "Frühstück"],
    description: "Familienbäckerei seit 1952: Sauerteigbrot, Brötchen und Kuchen aus eigener Backstube. Vorbestellungen für Feiertage gern per Nachricht.",
    address: { street: "Oranienstraße 12", postcode: "10999", city: "Berlin", country: "DE" },
    coordinates: { lat: 52.5016, lon: 13.4186 },
    languages: ["de", "en"],
    website: "https://baeckerei-schmidt.example",
    phone: "+49 30 6123456",
    timeZone: "Europe/Berlin",
    hours: "mo-fr 06:30-18:30; sa 07:00-13:00",
    special: ["2026-12-24 07:00-12:00 Heiligabend", ...holidays2026.slice(1)],
    responseTime: "hours",
  },
  {
    slug: "radwerk-leipzig",
    name: "Radwerk Leipzig",
    categories: ["bicycle"],
    tags: ["Reparatur", "E-Bike", "Lastenrad"],
    description: "Fahrradwerkstatt für Alltag und Lastenräder. Schreib uns, was klemmt – wir sagen dir, wann du vorbeikommen kannst.",
    address: { street: "Karl-Liebknecht-Straße 81", postcode: "04275", city: "Leipzig", country: "DE" },
    coordinates: { lat: 51.3226, lon: 12.3737 },
    languages: ["de"],
    timeZone: "Europe/Berlin",
    hours: "tu-fr 10:00-13:00,14:00-18:30; sa 10:00-14:00",
    special: holidays2026,
    responseTime: "hour",
  },
  {
    slug: "zahnarzt-aydin",
    name: "Zahnarztpraxis Dr. Aydın",
    categories: ["dentist", "doctor"],
    tags: ["Prophylaxe", "Angstpatienten", "Kinder"],
    description: "Zahnarztpraxis in Köln-Ehrenfeld. Termine, Rezepte und Fragen zur Behandlung per Nachricht; in Notfällen bitte anrufen.",
    address: { street: "Venloer Straße 301", postcode: "50823", city: "Köln", country: "DE" },
    coordinates: { lat: 50.9497, lon: 6.9182 },
    languages: ["de", "en", "tr"],
    phone: "+49 221 5551234",
    timeZone: "Europe/Berlin",
    hours: "mo,tu,th 08:00-12:00,14:00-18:00; we,fr 08:00-13:00",
    special: holidays2026,
    responseTime: "day",
  },
  {
    slug: "buergeramt-mitte",
    name: "Bürgeramt Mitte",
    categories: ["public_office"],
    tags: ["Personalausweis", "Anmeldung", "Reisepass"],
    description: "Bürgerdienste des Bezirks: Meldeangelegenheiten, Ausweise und Führungszeugnisse. Fragen zu Unterlagen und Terminen beantworten wir schriftlich.",
    address: { street: "Karl-Marx-Allee 31", postcode: "10178", city: "Berlin", country: "DE" },
    coordinates: { lat: 52.5195, lon: 13.4167 },
    languages: ["de", "en"],
    website: "https://buergeramt-mitte.example",
    timeZone: "Europe/Berlin",
    hours: "mo,tu 08:00-16:00; th 10:00-18:00; fr 08:00-13:00",
    special: holidays2026,
    responseTime: "days",
  },
  {
    slug: "talentbruecke",
    name: "Talentbrücke Personalberatung",
    categories: ["recruiting"],
    tags: ["IT", "Pflege", "Handwerk"],
    description: "Wir vermitteln Fachkräfte in IT, Pflege und Handwerk in ganz Bayern. Bewerbungsfragen gern per Nachricht, auch am Abend.",
    address: { street: "Leopoldstraße 48", postcode: "80802", city: "München", country: "DE" },
    coordinates: { lat: 48.1589, lon: 11.5856 },
    languages: ["de", "en"],
    website: "https://talentbruecke.example",
    timeZone: "Europe/Berlin",
    hours: "mo-fr 09:00-17:30",
    special: holidays2026,
    responseTime: "hour",
  },
  {
    slug: "cafe-lumiere",
    name: "Café Lumière",
    categories: ["cafe"],
    tags: ["Croissants", "Espresso", "Terrasse"],
    description: "Petit café du Marais : viennoiseries maison, espresso et thé. Réservations pour groupes par message.",
    address: { street: "14 Rue des Rosiers", postcode: "75004", city: "Paris", country: "FR" },
    coordinates: { lat: 48.8571, lon: 2.3594 },
    languages: ["fr", "en"],
    timeZone: "Europe/Paris",
    hours: "tu-su 08:00-19:00",
    special: ["2026-12-25 closed Noël", "2027-01-01 closed Jour de l'an"],
    responseTime: "hours",
  },
  {
    slug: "kwiaciarnia-roza",
    name: "Kwiaciarnia Róża",
    categories: ["florist"],
    tags: ["Bukiety", "Wesela", "Dostawa"],
    description: "Kwiaciarnia na Kazimierzu: bukiety, kwiaty na wesela i dostawa po Krakowie. Zamówienia przez wiadomość.",
    address: { street: "ul. Józefa 22", postcode: "31-056", city: "Kraków", country: "PL" },
    coordinates: { lat: 50.0514, lon: 19.9457 },
    languages: ["pl", "en"],
    timeZone: "Europe/Warsaw",
    hours: "mo-sa 09:00-19:00; su 10:00-14:00",
    special: ["2026-12-25 closed Boże Narodzenie", "2026-12-26 closed", "2027-01-01 closed Nowy Rok"],
    responseTime: "minutes",
  },
  {
    slug: "zum-anker",
    name: "Kneipe Zum Anker",
    categories: ["bar"],
    tags: ["Fassbier", "Live-Musik", "Quiz"],
    description: "Hafenkneipe in St. Pauli mit Fassbier, Live-Musik am Freitag und Kneipenquiz am Mittwoch. Tischreservierung per Nachricht.",
    address: { street: "Hafenstraße 7", postcode: "20359", city: "Hamburg", country: "DE" },
    coordinates: { lat: 53.5453, lon: 9.9653 },
    languages: ["de", "en"],
    timeZone: "Europe/Berlin",
    hours: "we-th 18:00-00:00; fr-sa 18:00-03:00",
    special: ["2026-12-24 closed Heiligabend", "2026-12-31 20:00-04:00 Silvester"],
    responseTime: "hours",
  },
];
