import type { FaqGroup } from "../faq-types";
import { GSM, UCS, PER_PART, EXAMPLE_LONG_CHARACTERS, EXAMPLE_LONG_PARTS, EXAMPLE_LONG_PRICE, EXAMPLE_UNICODE_CHARACTERS, EXAMPLE_UNICODE_PARTS, EXAMPLE_UNICODE_PRICE, EXAMPLE_MAX_PARTS, MAX_CHARACTERS } from "./facts";

export const VERSAND_ZUSTELLUNG: FaqGroup = {
  id: "versand-zustellung",
  title: "Versand & Zustellung",
  entries: [
    {
      id: "wie-lang-darf-eine-nachricht-sein",
      question: "Wie lang darf eine Nachricht sein?",
      answer: [
        {
          type: "p",
          text: `Eine Nachricht darf bis zu ${MAX_CHARACTERS} Zeichen lang sein. Längere Texte nehmen wir nicht an; Ihre Praxissoftware erhält dann eine eindeutige Fehlermeldung.`,
        },
        {
          type: "list",
          items: [
            `Mit gewöhnlichen Zeichen passen ${GSM.single} Zeichen in eine einzelne SMS.`,
            `Ist der Text länger, wird er in Teile zu je ${GSM.concatenated} Zeichen zerlegt.`,
            `Enthält der Text ein Zeichen außerhalb des GSM-Zeichensatzes, etwa ein Emoji, wird die ganze Nachricht als Unicode verschickt: Dann fasst eine SMS ${UCS.single} Zeichen und jeder Teil einer längeren Nachricht ${UCS.concatenated}.`,
            "Jeder Teil wird als eine SMS berechnet.",
          ],
        },
        {
          type: "p",
          text: `Ein Text mit den vollen ${MAX_CHARACTERS} gewöhnlichen Zeichen ergibt also ${EXAMPLE_MAX_PARTS} SMS. Mehr dazu unter [Wie wirken sich Sonderzeichen und Unicode auf Länge und Kosten aus?](/faq#wie-wirken-sich-sonderzeichen-und-unicode-auf-laenge-und-kosten-aus). Kurze, erprobte Texte finden Sie in unseren [Vorlagen](/vorlagen).`,
        },
      ],
    },
    {
      id: "was-passiert-wenn-meine-nachricht-laenger-ist",
      question: `Was passiert, wenn meine Nachricht länger als ${GSM.single} Zeichen ist?`,
      answer: [
        {
          type: "p",
          text: `Dann verschicken wir sie in mehreren Teilen. Jeder Teil fasst ${GSM.concatenated} statt ${GSM.single} Zeichen, weil in jedem Teil etwas Platz für die Angabe gebraucht wird, wie die Teile zusammengehören. Auf dem Handy Ihrer Patienten erscheint die Nachricht trotzdem als ein zusammenhängender Text.`,
        },
        {
          type: "p",
          text: `Berechnet wird jeder Teil einzeln. Ein Text mit ${EXAMPLE_LONG_CHARACTERS} Zeichen besteht zum Beispiel aus ${EXAMPLE_LONG_PARTS} Teilen und kostet damit ${EXAMPLE_LONG_PRICE} statt ${PER_PART}. Ob Ihr Text in eine SMS passt, zeigt Ihnen die [SMS-Analyse](/analyse) schon beim Schreiben.`,
        },
      ],
    },
    {
      id: "warum-werden-nachrichten-aufgeteilt",
      question: "Warum werden lange Nachrichten aufgeteilt und nicht am Stück verschickt?",
      answer: [
        {
          type: "p",
          text: `Eine einzelne SMS hat technisch eine feste Größe, die im Mobilfunkstandard festgelegt ist: ${GSM.single} gewöhnliche Zeichen. Für längere Texte gibt es keine größere SMS, sondern nur die Möglichkeit, mehrere SMS zu verketten. Das Handy setzt die Teile anschließend wieder zu einer Nachricht zusammen.`,
        },
      ],
    },
    {
      id: "wie-wirken-sich-sonderzeichen-und-unicode-auf-laenge-und-kosten-aus",
      question: "Wie wirken sich Sonderzeichen und Unicode auf Länge und Kosten aus?",
      answer: [
        {
          type: "p",
          text: "Wie viel in eine SMS passt, hängt davon ab, welche Zeichen Ihr Text enthält. Wir unterscheiden drei Fälle:",
        },
        {
          type: "list",
          items: [
            `Gewöhnliche Zeichen (GSM-Zeichensatz): Buchstaben von A bis Z, Ziffern, die deutschen Umlaute und ß, Satzzeichen wie . , ? ! sowie einfache Anführungszeichen " und '. Jedes zählt einfach; eine SMS fasst ${GSM.single} Zeichen, Teile einer längeren Nachricht ${GSM.concatenated}.`,
            `Erweiterte Zeichen: € [ ] { } \\ ^ ~ | gehören ebenfalls zum GSM-Zeichensatz, zählen aber doppelt. Ein Text mit ${GSM.single - 1} gewöhnlichen Zeichen und einem €-Zeichen braucht deshalb schon zwei SMS.`,
            `Alle übrigen Zeichen, etwa Emojis, typografische Anführungszeichen („ “), lange Gedankenstriche (–), Auslassungspunkte (…) oder Buchstaben anderer Schriften: Schon ein einziges solches Zeichen stellt die ganze Nachricht auf Unicode um. Dann fasst eine SMS nur noch ${UCS.single} Zeichen und jeder Teil einer längeren Nachricht ${UCS.concatenated}.`,
          ],
        },
        {
          type: "p",
          text: `Ein Beispiel: Ein Text mit ${EXAMPLE_UNICODE_CHARACTERS} Zeichen passt mit gewöhnlichen Zeichen in eine SMS (${PER_PART}). Steckt ein einziges Emoji darin, werden daraus ${EXAMPLE_UNICODE_PARTS} SMS (${EXAMPLE_UNICODE_PRICE}).`,
        },
        {
          type: "p",
          text: "Kopierte Texte aus Word oder E-Mails enthalten oft unbemerkt typografische Zeichen. Die Einstellung „Kostenreduzierung durch Zeichenoptimierung“ ersetzt sie automatisch (siehe [Was bewirkt die Zeichenoptimierung?](/faq#was-bewirkt-die-zeichenoptimierung)). Mit der [SMS-Analyse](/analyse) prüfen Sie vorab, welche Zeichen in Ihrem Text die Kosten treiben.",
        },
      ],
    },
    {
      id: "was-bewirkt-die-zeichenoptimierung",
      question: "Was bewirkt die „Kostenreduzierung durch Zeichenoptimierung“?",
      answer: [
        {
          type: "p",
          text: "Ist die Einstellung eingeschaltet, ersetzen wir vor dem Versand Zeichen, die eine Nachricht unnötig auf Unicode umstellen, durch gleichwertige gewöhnliche Zeichen: typografische Anführungszeichen durch \", Gedankenstriche durch -, Auslassungspunkte durch drei Punkte, ungewöhnliche Leerzeichen durch normale und einiges mehr. Am Inhalt Ihrer Nachricht ändert sich dadurch nichts.",
        },
        {
          type: "p",
          text: "Wir wenden die Ersetzung nur an, wenn die Nachricht dadurch tatsächlich weniger SMS-Teile braucht. Bleibt ein Text wegen eines Emojis ohnehin Unicode, geht er unverändert hinaus.",
        },
        {
          type: "p",
          text: "Sie schalten die Funktion mit dem Hauptzugang in den [SMS-Einstellungen](/settings/sms) ein. Welche Zeichen wir wodurch ersetzen, steht vollständig auf der Seite [Zeichenoptimierung](/zeichenoptimierung).",
        },
      ],
    },
    {
      id: "koennen-wir-emojis-verschicken",
      question: "Können wir Emojis verschicken?",
      answer: [
        {
          type: "p",
          text: `Ja, technisch geht das. Wir raten trotzdem davon ab: Ein Emoji stellt die ganze Nachricht auf Unicode um, sodass eine SMS nur noch ${UCS.single} statt ${GSM.single} Zeichen fasst und Ihre Erinnerung schnell zwei oder drei SMS kostet. Außerdem zeigt nicht jedes Handy Emojis an; manche Patienten sehen stattdessen nur ein Kästchen oder Fragezeichen.`,
        },
      ],
    },
    {
      id: "koennen-wir-sms-an-auslaendische-nummern-senden",
      question: "Können wir auch Patienten mit ausländischer Handynummer erreichen?",
      answer: [
        {
          type: "p",
          text: "Ja. Wichtig ist nur, dass eine Nummer aus einem anderen Land als dem Ihrer Praxis in der Praxissoftware mit Ländervorwahl gespeichert ist, entweder mit + oder mit 00 davor. Eine österreichische Mobilnummer wie 0676 12345678 schreibt eine Praxis in Deutschland also als +43 676 12345678 oder 0043 676 12345678.",
        },
        {
          type: "p",
          text: "Nummern ohne Ländervorwahl lesen wir im Land Ihrer Praxis: Bei einer Praxis in Deutschland ist 0171 … eine deutsche Nummer, bei einer Praxis in Österreich ist 0664 … eine österreichische. Steht bei einem Patienten eine Handynummer aus dem jeweils anderen Land ohne Vorwahl in der Praxissoftware, lehnen wir sie ab und nennen Ihnen in der Meldung die richtige Schreibweise mit +43 bzw. +49.",
        },
        {
          type: "p",
          text: "SMS in ausländische Netze kosten bei uns genauso viel wie SMS in deutsche Netze. Innerhalb Europas kommen sie in aller Regel ohne Einschränkungen an. Außerhalb der EU lassen manche Netze nicht jeden Absender oder Inhalt zu; melden Sie sich bei Fragen dazu gern bei uns.",
        },
      ],
    },
    {
      id: "wie-schnell-kommt-die-sms-beim-patienten-an",
      question: "Wie schnell kommt die SMS bei unseren Patienten an?",
      answer: [
        {
          type: "p",
          text: "Normalerweise innerhalb weniger Sekunden. Unser Ziel ist, dass vom Auftrag aus Ihrer Praxissoftware bis zur Anzeige auf dem Handy im Durchschnitt weniger als 30 Sekunden vergehen.",
        },
        {
          type: "p",
          text: "Voraussetzung ist, dass das Handy eingeschaltet und im Mobilfunknetz eingebucht ist. Ist es aus, hält der Netzbetreiber die SMS bereit und stellt sie zu, sobald das Handy wieder erreichbar ist.",
        },
      ],
    },
    {
      id: "wie-zuverlaessig-ist-der-sms-versand",
      question: "Wie zuverlässig ist der SMS-Versand?",
      answer: [
        {
          type: "p",
          text: "Wir übergeben Ihre Nachrichten über die Schnittstelle eines SMS-Versanddienstleisters (Gateway), der sie in die Mobilfunknetze einliefert und uns deren Zustellmeldungen zurückschickt. Meldet der Dienstleister eine vorübergehende Störung, wiederholen wir die Übergabe automatisch mit kurzen Pausen. Für jede einzelne SMS sehen Sie im Portal, wann sie angenommen und übergeben wurde und welche Zustellmeldung zurückgekommen ist.",
        },
        {
          type: "p",
          text: "So erkennen Sie auf einen Blick, ob eine Erinnerung angekommen ist, und können bei einer falschen Nummer rechtzeitig nachhaken.",
        },
      ],
    },
    {
      id: "was-bedeuten-die-zustellstatus",
      question: "Was bedeuten die Status bei den versendeten SMS?",
      answer: [
        {
          type: "p",
          text: "Zu jeder SMS zeigen wir im Portal unter [Gesendete SMS](/sms) den aktuellen Status samt Uhrzeit. Die Übersicht folgt dem Weg einer Nachricht; „buffered“ kann dabei auch ausbleiben, und am Ende steht genau einer der Status „zugestellt“, „nicht ausgeliefert“ oder „gelöscht“:",
        },
        { type: "statuses" },
      ],
    },
    {
      id: "warum-wurde-eine-sms-nicht-zugestellt",
      question: "Warum wurde eine SMS nicht zugestellt?",
      answer: [
        {
          type: "p",
          text: "Steht bei einer SMS „nicht ausgeliefert“, hat das meist einen dieser Gründe:",
        },
        {
          type: "list",
          items: [
            "Die Nummer ist ungültig, zum Beispiel durch einen Tippfehler, oder sie ist gar keine Mobilnummer.",
            "Das Mobilfunknetz hat die Nachricht abgelehnt.",
            "Innerhalb von 3 Tagen kam keine abschließende Zustellmeldung, etwa weil das Handy die ganze Zeit ausgeschaltet war.",
          ],
        },
        {
          type: "p",
          text: "Prüfen Sie in solchen Fällen am besten die gespeicherte Nummer in Ihrer Praxissoftware und erinnern Sie den Patienten bei Bedarf telefonisch. Eine Übersicht aller Status finden Sie unter [Was bedeuten die Status bei den versendeten SMS?](/faq#was-bedeuten-die-zustellstatus).",
        },
      ],
    },
    {
      id: "wie-verlaesslich-ist-der-angezeigte-status",
      question: "Wie verlässlich ist der angezeigte Status?",
      answer: [
        {
          type: "p",
          text: "Wir zeigen genau das an, was uns die Netzbetreiber melden, mit der Uhrzeit, zu der die Meldung bei uns eingegangen ist. Das ist nicht immer der Zeitpunkt der Zustellung: Netzbetreiber schicken ihre Meldungen manchmal verspätet, doppelt, in anderer Reihenfolge oder in seltenen Fällen gar nicht. Eine SMS kann also nach wenigen Sekunden auf dem Handy sein, während die Bestätigung erst Stunden später bei uns ankommt.",
        },
        {
          type: "p",
          text: "Auch „zugestellt“ bedeutet nicht überall dasselbe: In den D-Netzen heißt es, dass die SMS das Handy erreicht hat. Bei o2 heißt es, dass o2 die SMS angenommen hat und zustellen wird.",
        },
      ],
    },
    {
      id: "kann-ich-eine-versendete-sms-zurueckholen",
      question: "Kann ich eine bereits versendete SMS zurückholen?",
      answer: [
        {
          type: "p",
          text: "Nein. Sobald eine SMS an den Netzbetreiber übergeben ist, lässt sie sich nicht mehr zurückrufen oder ändern. Solange eine geplante SMS noch nicht übergeben ist, können Sie sie aber löschen (siehe [Wie lösche ich eine geplante SMS?](/faq#wie-loesche-ich-eine-geplante-sms)).",
        },
      ],
    },
    {
      id: "wie-loesche-ich-eine-geplante-sms",
      question: "Wie lösche ich eine geplante SMS, die nicht mehr verschickt werden soll?",
      answer: [
        {
          type: "steps",
          items: [
            "Melden Sie sich im Portal an und öffnen Sie [Geplante SMS](/sms/scheduled).",
            "Setzen Sie ein Häkchen in der Zeile jeder SMS, die nicht verschickt werden soll.",
            "Klicken Sie auf „Auswahl entfernen“.",
          ],
        },
        {
          type: "p",
          text: "Die SMS erhalten dann den Status „gelöscht“ und werden nicht berechnet. Unterstützt Ihre Praxissoftware das Löschen über unsere Schnittstelle, etwa wenn ein Termin abgesagt wird, geschieht das auch automatisch. Das gilt nur, solange die SMS noch nicht an den Netzbetreiber übergeben wurde.",
        },
      ],
    },
    {
      id: "wo-sehe-ich-welche-sms-versendet-wurden",
      question: "Wo sehe ich, welche SMS versendet wurden?",
      answer: [
        {
          type: "p",
          text: "Im Portal unter [Gesendete SMS](/sms). Dort finden Sie die Nachrichten der letzten 60 Tage mit Status, Uhrzeit und Anzahl der SMS-Teile.",
        },
        {
          type: "p",
          text: "Aus Datenschutzgründen löschen wir Text und Empfängernummer jeder Nachricht nach 60 Tagen. Ihre Statistik und Ihre Rechnungen bleiben davon unberührt.",
        },
      ],
    },
    {
      id: "koennen-wir-auch-whatsapp-nachrichten-senden",
      question: "Können wir statt SMS auch WhatsApp-Nachrichten senden?",
      answer: [
        {
          type: "p",
          text: "Nein, Praxisbote verschickt ausschließlich SMS. Für Terminerinnerungen ist das ein Vorteil: Eine SMS kommt auf jedem Handy an, ohne App und ohne mobile Datenverbindung, und auch bei schwachem Empfang.",
        },
      ],
    },
  ],
};
