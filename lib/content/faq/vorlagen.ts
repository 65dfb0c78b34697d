import type { FaqGroup } from "../faq-types";
import { GSM } from "./facts";

export const VORLAGEN: FaqGroup = {
  id: "vorlagen",
  title: "Vorlagen",
  entries: [
    {
      id: "gibt-es-textvorlagen-fuer-terminerinnerungen-und-recall",
      question: "Gibt es fertige Texte für Terminerinnerungen und Recall?",
      answer: [
        {
          type: "p",
          text: "Ja. In unseren [Vorlagen](/vorlagen) finden Sie Vorschläge für Terminerinnerungen, für Recall-Nachrichten mit der Bitte um einen Anruf und für Recall-Nachrichten mit Link zu Ihrer Online-Terminbuchung.",
        },
        {
          type: "p",
          text: "Sie können die Platzhalter dort mit Ihren eigenen Angaben füllen und sehen sofort, wie viele Zeichen und SMS der Text ergibt. Mit einem Klick kopieren Sie ihn anschließend in Ihre Praxissoftware.",
        },
      ],
    },
    {
      id: "worauf-sollten-wir-bei-eigenen-sms-texten-achten",
      question: "Worauf sollten wir achten, wenn wir eigene SMS-Texte schreiben?",
      answer: [
        {
          type: "list",
          items: [
            `Kurz bleiben: Eine Erinnerung sollte in eine SMS mit ${GSM.single} Zeichen passen. Jeder weitere Teil kostet extra.`,
            "Sonderzeichen meiden: Emojis, typografische Anführungszeichen und lange Striche machen aus einer SMS schnell zwei oder drei. Nehmen Sie lieber \" und -.",
            "Links kürzen: Eine kurze Adresse für Ihre Online-Terminbuchung spart viele Zeichen. Fragen Sie dazu am besten Ihre Webagentur.",
            "Immer die Telefonnummer nennen: So können Patienten bei Fragen oder einer Absage sofort anrufen.",
            "Den Praxisnamen nennen und keine Behandlung: Die SMS sagt nur, dass es einen Termin gibt, nicht, wofür.",
          ],
        },
        {
          type: "p",
          text: "Bevor Sie einen neuen Text in Ihre Praxissoftware übernehmen, lohnt sich ein Blick in die [SMS-Analyse](/analyse).",
        },
      ],
    },
    {
      id: "brauchen-wir-die-einwilligung-unserer-patienten",
      question: "Brauchen wir die Einwilligung unserer Patienten für SMS-Erinnerungen?",
      answer: [
        {
          type: "p",
          text: "Ja. Die Datenschutzbehörden erwarten, dass Ihre Patienten zugestimmt haben, bevor Sie ihnen automatische Erinnerungen per SMS schicken. Am einfachsten holen Sie die Einwilligung zusammen mit der Mobilnummer ein, zum Beispiel auf dem Anamnese- oder Aufnahmebogen, und vermerken sie in Ihrer Praxissoftware.",
        },
        {
          type: "p",
          text: "Außerdem sollte jede Erinnerung erkennen lassen, von welcher Praxis sie stammt und unter welcher Nummer man Sie erreicht. Alle unsere [Vorlagen](/vorlagen) enthalten deshalb Praxisname und Telefonnummer.",
        },
      ],
    },
    {
      id: "wie-geht-praxisbote-mit-patientendaten-um",
      question: "Wie geht Praxisbote mit den Daten unserer Patienten um?",
      answer: [
        {
          type: "p",
          text: "Mit Namen, Nummern und Terminen Ihrer Patienten vertrauen Sie uns Daten an, die unter die ärztliche Schweigepflicht fallen. Wir verarbeiten sie ausschließlich in Ihrem Auftrag und nur, um Ihre SMS zuzustellen.",
        },
        {
          type: "list",
          items: [
            "Weitergegeben werden sie nur an unseren SMS-Versanddienstleister, der die SMS in die Mobilfunknetze einliefert, und – wenn Sie Antworten per E-Mail erhalten – an unseren E-Mail-Versand. Beide arbeiten ebenfalls nur in unserem Auftrag (siehe [Datenschutz](/datenschutz)).",
            "Im Portal sind Telefonnummern in Listen teilweise verdeckt.",
            "Texte und Empfängernummern löschen wir nach 60 Tagen.",
            "Unsere Vorlagen nennen niemals eine Behandlung, sondern nur den Termin.",
          ],
        },
      ],
    },
  ],
};
