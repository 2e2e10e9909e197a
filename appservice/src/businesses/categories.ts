/**
 * The documented list of business categories (docs/businesses.md). A business
 * picks up to five; anything more specific goes into free tags.
 * Labels are for the web client and the profile room topic.
 */
export const categories = {
  bakery: { en: "Bakery", de: "Bäckerei" },
  cafe: { en: "Café", de: "Café" },
  restaurant: { en: "Restaurant", de: "Restaurant" },
  bar: { en: "Bar", de: "Bar" },
  grocery: { en: "Grocery", de: "Lebensmittel" },
  butcher: { en: "Butcher", de: "Metzgerei" },
  florist: { en: "Florist", de: "Blumenladen" },
  bookshop: { en: "Bookshop", de: "Buchhandlung" },
  fashion: { en: "Fashion", de: "Mode" },
  electronics: { en: "Electronics", de: "Elektronik" },
  hardware: { en: "Hardware store", de: "Baumarkt" },
  bicycle: { en: "Bicycle shop", de: "Fahrradladen" },
  car_repair: { en: "Car repair", de: "Autowerkstatt" },
  hairdresser: { en: "Hairdresser", de: "Friseur" },
  beauty: { en: "Beauty", de: "Kosmetik" },
  pharmacy: { en: "Pharmacy", de: "Apotheke" },
  doctor: { en: "Doctor", de: "Arztpraxis" },
  dentist: { en: "Dentist", de: "Zahnarztpraxis" },
  physiotherapy: { en: "Physiotherapy", de: "Physiotherapie" },
  veterinary: { en: "Veterinary", de: "Tierarztpraxis" },
  optician: { en: "Optician", de: "Optiker" },
  lawyer: { en: "Lawyer", de: "Rechtsanwalt" },
  tax_advisor: { en: "Tax advisor", de: "Steuerberatung" },
  insurance: { en: "Insurance", de: "Versicherung" },
  real_estate: { en: "Real estate", de: "Immobilien" },
  bank: { en: "Bank", de: "Bank" },
  craftsperson: { en: "Craftsperson", de: "Handwerk" },
  cleaning: { en: "Cleaning", de: "Reinigung" },
  it_services: { en: "IT services", de: "IT-Dienstleistungen" },
  recruiting: { en: "Recruiting", de: "Personalvermittlung" },
  education: { en: "Education", de: "Bildung" },
  fitness: { en: "Fitness", de: "Fitness" },
  hotel: { en: "Hotel", de: "Hotel" },
  travel: { en: "Travel", de: "Reisen" },
  public_office: { en: "Public office", de: "Behörde" },
  nonprofit: { en: "Non-profit", de: "Gemeinnützig" },
  other: { en: "Other", de: "Sonstiges" },
} as const satisfies Record<string, { en: string; de: string }>;

export type Category = keyof typeof categories;

export const categoryIds = Object.keys(categories) as Category[];

export function isCategory(value: string): value is Category {
  return Object.hasOwn(categories, value);
}
