import type { FaqGroup } from "../faq-types";
import { GSM, UCS, BASE_FEE, PER_PART, REPLY_NUMBER, VAT, EXAMPLE_LONG_CHARACTERS, EXAMPLE_LONG_PARTS, EXAMPLE_LONG_PRICE, EXAMPLE_MONTH_MESSAGES, EXAMPLE_MONTH_TOTAL, EXAMPLE_LONG_EMOJI_PARTS, API_RATE_LIMIT } from "./facts";

export const STATISTIK_ABRECHNUNG: FaqGroup = {
  id: "statistik-abrechnung",
  title: "Statistik & Abrechnung",
  entries: [
    {
      id: "wo-sehe-ich-wie-viele-sms-wir-versendet-haben",
      question: "Wo sehe ich, wie viele SMS wir versendet haben?",
      answer: [
        {
          type: "p",
          text: "In der [Statistik](/stat/activity) im Portal. Dort sehen Sie, wie viele Nachrichten und SMS-Teile Ihre Praxis verschickt hat. Die Zahlen bleiben auch erhalten, nachdem die einzelnen Nachrichten nach 60 Tagen gelöscht wurden.",
        },
      ],
    },
    {
      id: "was-kostet-praxisbote",
      question: "Was kostet Praxisbote?",
      answer: [
        {
          type: "list",
          items: [
            `Grundgebühr: ${BASE_FEE} im Monat je Praxis`,
            `Jede SMS bzw. jeder SMS-Teil: ${PER_PART}, in deutsche und ausländische Netze gleichermaßen`,
            `Optional eine Antwortnummer, deren Antworten wir per E-Mail weiterleiten: ${REPLY_NUMBER} im Monat`,
            "Der erste Monat ist kostenlos, ohne Grundgebühr und ohne SMS-Kosten.",
          ],
        },
        {
          type: "p",
          text: `Alle Preise sind Nettopreise zuzüglich ${VAT} Umsatzsteuer. Ein Rechenbeispiel: Verschickt Ihre Praxis im Monat ${EXAMPLE_MONTH_MESSAGES} Erinnerungen, die jeweils in eine SMS passen, zahlen Sie ${EXAMPLE_MONTH_TOTAL} netto. Alle Preise auf einen Blick finden Sie auch unter [Preise](/#preise).`,
        },
      ],
    },
    {
      id: "wie-werden-laengere-nachrichten-abgerechnet",
      question: `Wie wird eine Nachricht mit mehr als ${GSM.single} Zeichen abgerechnet?`,
      answer: [
        {
          type: "p",
          text: `Wir berechnen jeden SMS-Teil, den eine Nachricht braucht, mit ${PER_PART}. Wie viele Teile es werden, hängt von der Länge und den verwendeten Zeichen ab:`,
        },
        {
          type: "list",
          items: [
            `Nur gewöhnliche Zeichen: bis ${GSM.single} Zeichen eine SMS, darüber Teile zu je ${GSM.concatenated} Zeichen.`,
            `Mit erweiterten Zeichen wie €: gleiche Grenzen, aber jedes dieser Zeichen zählt doppelt.`,
            `Mit Unicode-Zeichen wie Emojis: bis ${UCS.single} Zeichen eine SMS, darüber Teile zu je ${UCS.concatenated} Zeichen.`,
          ],
        },
        {
          type: "p",
          text: `Beispiel: Eine Recall-Nachricht mit Buchungslink hat ${EXAMPLE_LONG_CHARACTERS} gewöhnliche Zeichen. Sie wird in ${EXAMPLE_LONG_PARTS} Teile zerlegt und kostet ${EXAMPLE_LONG_PARTS} × ${PER_PART} = ${EXAMPLE_LONG_PRICE}. Enthielte derselbe Text ein Emoji, wären es ${EXAMPLE_LONG_EMOJI_PARTS} Teile.`,
        },
        {
          type: "p",
          text: "Beim Patienten erscheint die Nachricht trotzdem als ein Text. Tipps zum Sparen: Schalten Sie die [Zeichenoptimierung](/faq#was-bewirkt-die-zeichenoptimierung) ein, prüfen Sie Ihre Texte mit der [SMS-Analyse](/analyse) und nutzen Sie unsere kurzen [Vorlagen](/vorlagen).",
        },
      ],
    },
    {
      id: "welche-sms-werden-berechnet",
      question: "Zahlen wir auch für SMS, die abgelehnt oder nicht zugestellt wurden?",
      answer: [
        {
          type: "p",
          text: "Berechnet wird jede Nachricht, die wir annehmen und zur Zustellung weitergeben, unabhängig davon, welchen Status sie am Ende erreicht. Das gilt auch, wenn",
        },
        {
          type: "list",
          items: [
            "das Handy nicht erreichbar ist,",
            "sich das Handy im Roaming befindet,",
            "das Ziel ungültig ist,",
            "die Nummer keinem Teilnehmer mehr zugeordnet ist,",
            "der Netzbetreiber vor Ort gerade überlastet ist oder",
            "ein Spamfilter die Nachricht aussortiert.",
          ],
        },
        {
          type: "p",
          text: "Nicht berechnet werden Anfragen, die wir selbst ablehnen, also gar nicht erst weitergeben. Das ist der Fall, wenn",
        },
        {
          type: "list",
          items: [
            `Ihre Praxissoftware mit einem API-Key mehr als ${API_RATE_LIMIT} Anfragen in einer Minute schickt (für einen Key kann ein eigenes Limit vereinbart sein),`,
            "der API-Key falsch ist,",
            "Ihr Monatslimit erreicht ist oder",
            "eine Pflichtangabe fehlt: Absender, Empfänger, Text oder API-Key.",
          ],
        },
        {
          type: "p",
          text: "Geplante SMS, die Sie vor der Übergabe an den Netzbetreiber löschen, kosten ebenfalls nichts.",
        },
      ],
    },
    {
      id: "wo-aendern-wir-bankverbindung-praxisname-oder-anschrift",
      question: "Unsere Bankverbindung, unser Praxisname oder unsere Anschrift hat sich geändert. Wo passen wir das an?",
      answer: [
        {
          type: "steps",
          items: [
            "Melden Sie sich mit dem Hauptzugang im Portal an.",
            "Öffnen Sie [Anschrift, Kontaktdaten & Bankverbindung](/organization/settings).",
            "Tragen Sie die neue IBAN, den neuen Namen oder die neue Anschrift ein.",
            "Klicken Sie auf „Speichern“.",
          ],
        },
        {
          type: "p",
          text: "Die neuen Angaben gelten für alle folgenden Rechnungen.",
        },
      ],
    },
    {
      id: "wir-brauchen-eine-rechnungskopie",
      question: "Wir brauchen eine Kopie einer Rechnung. Wo finden wir sie?",
      answer: [
        {
          type: "p",
          text: "Alle Rechnungen liegen im Portal unter Statistiken › [Rechnungen](/stat/invoice). Mit einem Klick auf das Download-Symbol laden Sie die gewünschte Rechnung als PDF herunter.",
        },
        {
          type: "p",
          text: "Zusätzlich schicken wir Ihnen jede Monatsrechnung per E-Mail. Hat Ihre Praxis mehrere Standorte mit eigener Aufstellung, finden Sie diese ebenfalls dort.",
        },
      ],
    },
  ],
};
