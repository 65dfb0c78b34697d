// The template gallery (German). Rules for every text: names the practice ({Praxis}) and a
// contact phone ({Telefon}), never names a treatment, uses GSM-7 characters only, and with
// the example values a reminder or recall fits in one SMS (recall with link: at most two).
import type { Placeholder, SmsTemplate, TemplateCategory } from "./template-types";

export const PLACEHOLDERS: Placeholder[] = [
  { key: "Anrede", label: "Anrede", example: "Frau", worstCase: "Frau Dr." },
  { key: "Vorname", label: "Vorname", example: "Lena", worstCase: "Marie-Christine" },
  { key: "Nachname", label: "Nachname", example: "Hoffmann", worstCase: "Schmidt-Oberländer" },
  { key: "Datum", label: "Datum", example: "19.08.2027", worstCase: "30.12.2027" },
  { key: "Uhrzeit", label: "Uhrzeit", example: "16:30", worstCase: "10:45" },
  {
    key: "Praxis",
    label: "Name der Praxis",
    example: "Zahnarztpraxis Dr. Sommer",
    worstCase: "Gemeinschaftspraxis Dr. Hohenstein-Ellerbrock & Kollegen",
  },
  { key: "Telefon", label: "Telefonnummer der Praxis", example: "0711 123456", worstCase: "07151 9876543-210" },
  {
    key: "Link",
    label: "Link zur Online-Terminbuchung",
    example: "https://praxis-sommer.de/termin",
    worstCase: "https://www.zahnarzt-hohenstein-ellerbrock.de/online-terminvereinbarung",
  },
];

export const TEMPLATES: SmsTemplate[] = [
  // Terminerinnerungen: one SMS with the example values.
  {
    id: "erinnerung-kurz",
    category: "terminerinnerung",
    text: "Erinnerung an Ihren Termin am {Datum} um {Uhrzeit} Uhr. Sie können nicht kommen? Bitte rufen Sie uns an: {Telefon}. {Praxis}",
  },
  {
    id: "erinnerung-formell",
    category: "terminerinnerung",
    text: "Guten Tag {Anrede} {Nachname}, wir erwarten Sie am {Datum} um {Uhrzeit} Uhr. Kommt etwas dazwischen, sagen Sie bitte ab: {Telefon}. {Praxis}",
  },
  {
    id: "erinnerung-persoenlich",
    category: "terminerinnerung",
    text: "Hallo {Vorname}, wir freuen uns auf Sie am {Datum} um {Uhrzeit} Uhr. Passt es doch nicht? Ein kurzer Anruf genügt: {Telefon}. Ihre {Praxis}",
  },
  {
    id: "erinnerung-praxis-vorn",
    category: "terminerinnerung",
    text: "{Praxis}: Ihr nächster Termin ist am {Datum} um {Uhrzeit} Uhr. Wenn Sie verhindert sind, sagen Sie bitte rechtzeitig ab: {Telefon}",
  },
  {
    id: "erinnerung-verschieben",
    category: "terminerinnerung",
    text: "{Anrede} {Nachname}, Ihr Termin ist am {Datum}, {Uhrzeit} Uhr. Möchten Sie ihn verschieben, erreichen Sie uns unter {Telefon}. {Praxis}",
  },
  {
    id: "erinnerung-datum-vorn",
    category: "terminerinnerung",
    text: "Am {Datum} um {Uhrzeit} Uhr haben Sie einen Termin bei uns, {Vorname} {Nachname}. Absagen oder Fragen bitte telefonisch: {Telefon}. {Praxis}",
  },
  {
    id: "erinnerung-freundlich",
    category: "terminerinnerung",
    text: "Hallo {Vorname}, nur eine kurze Erinnerung: Wir sehen uns am {Datum} um {Uhrzeit} Uhr. Bis dahin, Ihre {Praxis}. Verhindert? Tel. {Telefon}",
  },
  {
    id: "erinnerung-sachlich",
    category: "terminerinnerung",
    text: "Ihr Termin: {Datum}, {Uhrzeit} Uhr. Können Sie ihn nicht wahrnehmen, bitten wir um einen kurzen Anruf unter {Telefon}. Danke! {Praxis}",
  },
  {
    id: "erinnerung-hoeflich",
    category: "terminerinnerung",
    text: "{Anrede} {Nachname}, hiermit erinnern wir Sie an Ihren Termin am {Datum} um {Uhrzeit} Uhr. Rückfragen und Absagen gern unter {Telefon}. {Praxis}",
  },

  // Recall ohne Online-Buchung: ask the patient to call; one SMS with the example values.
  {
    id: "recall-anruf-1",
    category: "recall",
    text: "Guten Tag {Anrede} {Nachname}, es ist Zeit für Ihren nächsten Termin. Bitte rufen Sie uns zur Vereinbarung an: {Telefon}. {Praxis}",
  },
  {
    id: "recall-anruf-2",
    category: "recall",
    text: "Hallo {Vorname}, Ihr letzter Besuch bei uns ist schon eine Weile her. Rufen Sie uns gern für einen neuen Termin an: {Telefon}. Ihre {Praxis}",
  },
  {
    id: "recall-anruf-3",
    category: "recall",
    text: "{Praxis}: Es wird Zeit, Ihren nächsten Termin zu vereinbaren. Wir freuen uns auf Ihren Anruf unter {Telefon}.",
  },
  {
    id: "recall-anruf-4",
    category: "recall",
    text: "{Anrede} {Nachname}, wir würden Sie gern wiedersehen. Bitte vereinbaren Sie telefonisch einen neuen Termin: {Telefon}. Viele Grüße, {Praxis}",
  },
  {
    id: "recall-anruf-5",
    category: "recall",
    text: "Hallo {Vorname} {Nachname}, damit Sie rechtzeitig einen passenden Termin bekommen, rufen Sie uns einfach an: {Telefon}. Bis bald! {Praxis}",
  },

  // Recall mit Online-Buchung: link plus phone number; at most two SMS with the example values.
  {
    id: "recall-online-1",
    category: "recall-online",
    text: "Guten Tag {Anrede} {Nachname}, es ist Zeit für Ihren nächsten Termin. Buchen Sie bequem online unter {Link} oder rufen Sie uns an: {Telefon}. {Praxis}",
  },
  {
    id: "recall-online-2",
    category: "recall-online",
    text: "Hallo {Vorname}, möchten Sie einen neuen Termin vereinbaren? Online geht das rund um die Uhr: {Link} - telefonisch erreichen Sie uns unter {Telefon}. Ihre {Praxis}",
  },
  {
    id: "recall-online-3",
    category: "recall-online",
    text: "{Praxis}: Zeit für Ihren nächsten Termin! Wählen Sie Ihren Wunschtermin unter {Link} oder rufen Sie an: {Telefon}. Wir freuen uns auf Sie!",
  },
  {
    id: "recall-online-kurz",
    category: "recall-online",
    text: "{Anrede} {Nachname}, bitte vereinbaren Sie einen neuen Termin: online unter {Link} oder per Telefon {Telefon}. {Praxis}",
  },
];

export const TEMPLATE_CATEGORIES: { id: TemplateCategory; title: string; intro: string; tips: string[] }[] = [
  {
    id: "terminerinnerung",
    title: "Terminerinnerungen",
    intro:
      "Eine kurze SMS vor dem Termin, und deutlich weniger Patienten vergessen ihn. Alle Vorschläge passen mit üblichen Angaben in eine einzige SMS und nennen Ihre Praxis und Ihre Telefonnummer.",
    tips: [
      "Bitten Sie bei einer Absage um einen Anruf. So vereinbaren Sie gleich einen Ersatztermin und passen Folgetermine an.",
      "Nennen Sie nur Datum und Uhrzeit, nie den Anlass des Termins. Die SMS kann auch jemand anderes lesen.",
      "Verschicken Sie die Erinnerung ein bis zwei Tage vorher. Dann bleibt Zeit, einen frei gewordenen Termin neu zu vergeben.",
    ],
  },
  {
    id: "recall",
    title: "Recall ohne Online-Buchung",
    intro:
      "Mit einer Recall-SMS laden Sie Patienten ein, ihren nächsten Termin zu vereinbaren. Diese Vorschläge bitten um einen Anruf in der Praxis und passen in eine SMS.",
    tips: [
      "Erwähnen Sie keine Behandlung und keinen Befund, sondern sprechen Sie nur vom nächsten Termin.",
      "Schicken Sie den Recall zu einer Zeit, in der Ihre Praxis telefonisch gut erreichbar ist.",
      "Eine persönliche Anrede mit Namen wirkt verbindlicher als ein allgemeiner Gruß.",
    ],
  },
  {
    id: "recall-online",
    title: "Recall mit Online-Buchung",
    intro:
      "Bieten Sie eine Online-Terminbuchung an, können Patienten direkt aus der SMS heraus einen Termin wählen. Der Link macht den Text länger; die Vorschläge kommen mit zwei SMS aus und nennen zusätzlich Ihre Telefonnummer.",
    tips: [
      "Kürzen Sie den Link zu Ihrer Terminbuchung so weit wie möglich, zum Beispiel mit einer eigenen kurzen Adresse auf Ihrer Website.",
      "Nennen Sie immer auch Ihre Telefonnummer für alle, die lieber anrufen.",
      "Zwei SMS kosten doppelt. Jede Buchung, die online statt am Telefon ankommt, entlastet dafür Ihren Empfang.",
      "Prüfen Sie den fertigen Text in der SMS-Analyse, bevor Sie ihn in Ihre Praxissoftware übernehmen.",
    ],
  },
];
