// The public FAQ (German). Facts follow PRODUCT.md; prices and SMS limits come from their
// single sources so that a change there changes the answers here.
import type { FaqGroup } from "./faq-types";
import { PRICE_LIST, formatCents, priceForSegments } from "../billing/price-list";
import { MAX_CHARACTERS } from "../sms/characters";
import { PART_CAPACITY, segmentSms } from "../sms/segments";
import { env } from "../env";

const API_BASE_URL = new URL("/api/v1", env.APP_URL).toString();

const GSM = PART_CAPACITY["GSM-7"];
const UCS = PART_CAPACITY["UCS-2"];

const BASE_FEE = formatCents(PRICE_LIST.baseFeeCents);
const PER_PART = formatCents(PRICE_LIST.perPartCents);
const REPLY_NUMBER = formatCents(PRICE_LIST.replyNumberCents);
const VAT = `${PRICE_LIST.vatRatePercent} %`;

// Worked billing examples, counted by the engine rather than typed.
const partsOf = (characters: number, emoji = false) => segmentSms((emoji ? "😀" : "") + "a".repeat(characters - (emoji ? 1 : 0))).segments;
const EXAMPLE_LONG_CHARACTERS = 200;
const EXAMPLE_LONG_PARTS = partsOf(EXAMPLE_LONG_CHARACTERS);
const EXAMPLE_LONG_PRICE = formatCents(priceForSegments(EXAMPLE_LONG_PARTS));
const EXAMPLE_UNICODE_CHARACTERS = 100;
const EXAMPLE_UNICODE_PARTS = partsOf(EXAMPLE_UNICODE_CHARACTERS, true);
const EXAMPLE_UNICODE_PRICE = formatCents(priceForSegments(EXAMPLE_UNICODE_PARTS));
const EXAMPLE_MAX_PARTS = partsOf(MAX_CHARACTERS);
const EXAMPLE_MONTH_MESSAGES = 400;
const EXAMPLE_MONTH_TOTAL = formatCents(PRICE_LIST.baseFeeCents + priceForSegments(EXAMPLE_MONTH_MESSAGES));

export const FAQ_GROUPS: FaqGroup[] = [
  {
    id: "anmeldung-zugang",
    title: "Anmeldung & Zugang",
    entries: [
      {
        id: "kann-ich-praxisbote-vorher-testen",
        question: "Kann ich Praxisbote in Ruhe ausprobieren, bevor ich mich festlege?",
        answer: [
          {
            type: "p",
            text: "Ja. Sie melden Ihre Praxis selbst über [Registrieren](/registrieren) an und können sofort loslegen. Der erste Monat kostet Sie nichts: Wir berechnen in dieser Zeit weder die Grundgebühr noch die versendeten SMS.",
          },
          {
            type: "p",
            text: "Genau genommen ist alles kostenfrei, bis der erste volle Kalendermonat nach Ihrer Anmeldung vorbei ist. Melden Sie sich zum Beispiel am 26. November an, bleiben der restliche November und der ganze Dezember kostenlos; die erste Abrechnung beginnt am 1. Januar.",
          },
          {
            type: "p",
            text: "Diese Zeit ist gut investiert: Ihr Team kann die Mobilnummern der Patientinnen und Patienten sammeln, den Versand in der Praxissoftware einrichten und die Erinnerungen Schritt für Schritt in den Alltag übernehmen.",
          },
        ],
      },
      {
        id: "mehrere-praxen-oder-standorte-mit-einem-zugang",
        question: "Wir haben mehrere Praxen bzw. Standorte. Können alle denselben Zugang nutzen?",
        answer: [
          {
            type: "p",
            text: "Ja. Ein API-Key kann von allen Standorten Ihrer Praxis gemeinsam verwendet werden; Sie tragen ihn einfach in jeder Installation Ihrer Praxissoftware ein.",
          },
          {
            type: "p",
            text: "Wünschen Sie für jeden Standort eine eigene Aufstellung der SMS auf der Rechnung, richten wir das gern ein. Sprechen Sie uns dafür am besten schon vor dem Start an, dann erhält jeder Standort seine eigene Übersicht.",
          },
        ],
      },
      {
        id: "ich-habe-mein-passwort-vergessen",
        question: "Ich habe mein Passwort vergessen. Wie komme ich wieder ins Portal?",
        answer: [
          {
            type: "steps",
            items: [
              "Öffnen Sie die Seite [Anmelden](/anmelden).",
              "Klicken Sie auf „Passwort vergessen?“.",
              "Geben Sie die E-Mail-Adresse ein, mit der Sie bei uns registriert sind.",
              "Sie erhalten umgehend eine E-Mail mit einem Link, über den Sie ein neues Passwort festlegen.",
            ],
          },
          {
            type: "p",
            text: "Kommt keine E-Mail an, sehen Sie bitte auch im Spam-Ordner nach.",
          },
        ],
      },
      {
        id: "welche-zugaenge-gibt-es-fuer-unser-praxisteam",
        question: "Welche Zugänge gibt es für unser Praxisteam?",
        answer: [
          {
            type: "p",
            text: "Bei der Anmeldung entsteht der Hauptzugang. Nur mit ihm verwalten Sie die Einstellungen, den API-Key, die Bankverbindung und die weiteren Benutzer Ihrer Praxis.",
          },
          {
            type: "p",
            text: "Für Ihre Mitarbeiterinnen und Mitarbeiter können Sie zusätzliche Zugänge anlegen. Damit sehen sie die versendeten SMS und die Statistik und können geplante SMS löschen, ändern aber keine Einstellungen.",
          },
        ],
      },
    ],
  },
  {
    id: "einrichtung-pvs",
    title: "Einrichtung im PVS",
    entries: [
      {
        id: "wie-richte-ich-den-sms-versand-in-meiner-praxissoftware-ein",
        question: "Wie richte ich den SMS-Versand in meiner Praxissoftware ein?",
        answer: [
          {
            type: "p",
            text: "Die Einrichtung dauert nur wenige Minuten. Öffnen Sie in Ihrem Praxisverwaltungssystem (PVS) die Einstellungen für den SMS-Versand und gehen Sie so vor:",
          },
          {
            type: "steps",
            items: [
              "Wählen Sie Praxisbote als SMS-Dienst aus.",
              `Tragen Sie als URL die Adresse unserer Schnittstelle ein: ${API_BASE_URL}`,
              "Fügen Sie Ihren API-Key ein (siehe [Wo finde ich den API-Key?](/faq#wo-finde-ich-den-api-key)).",
              "Klicken Sie auf „Key-Check“. Ihre Software fragt dann bei uns nach, ob der Key gültig ist und zu welcher Praxis er gehört. Meldet der Check einen Fehler, prüfen Sie bitte, ob der Key vollständig und ohne Leerzeichen übernommen wurde.",
              "Legen Sie den Absender fest, den Ihre Patienten auf dem Handy sehen: entweder eine Rufnummer im internationalen Format mit bis zu 16 Ziffern (z. B. +4912341234567) oder einen Namen mit höchstens 11 Zeichen (siehe [Welchen Absender können wir verwenden?](/faq#welchen-absender-koennen-wir-verwenden)).",
              "Speichern Sie die Einstellungen.",
              "Schicken Sie eine Test-SMS an Ihre eigene Mobilnummer. Kommt sie an, ist alles richtig eingerichtet.",
            ],
          },
          {
            type: "p",
            text: "Je nach Software heißen die Menüpunkte etwas anders. Hersteller von Praxissoftware finden alle technischen Details in unserer [API-Dokumentation](/api-dokumentation).",
          },
        ],
      },
      {
        id: "wo-finde-ich-den-api-key",
        question: "Wo finde ich den API-Key?",
        answer: [
          {
            type: "p",
            text: "Ihren API-Key können Sie jederzeit im Portal nachsehen. Melden Sie sich dazu mit dem Hauptzugang an und öffnen Sie Praxis › API-Key ([/organization/apikey](/organization/apikey)).",
          },
          {
            type: "p",
            text: "Weitere Benutzer Ihrer Praxis sehen diese Seite nicht, denn der Key ist der Schlüssel für den Versand in Ihrem Namen. Geben Sie ihn deshalb nur an Personen weiter, die Ihre Praxissoftware einrichten.",
          },
        ],
      },
      {
        id: "welchen-absender-koennen-wir-verwenden",
        question: "Welchen Absender können wir verwenden?",
        answer: [
          {
            type: "p",
            text: "Der Absender ist das, was Ihre Patienten als „Von“ auf dem Handy sehen. Zwei Formen sind möglich:",
          },
          {
            type: "list",
            items: [
              "Eine Rufnummer im internationalen Format mit bis zu 16 Ziffern, z. B. +4912341234567. Das bietet sich an, wenn Patienten direkt zurückrufen oder antworten sollen.",
              "Ein Name mit höchstens 11 Zeichen, z. B. „Dr. Sommer“. Erlaubt sind Buchstaben ohne Umlaute (statt ä also ae), Ziffern, Leerzeichen sowie die Zeichen . - & und _.",
            ],
          },
          {
            type: "p",
            text: "Auf einen Namen als Absender kann nicht geantwortet werden. Wie Patienten Ihnen trotzdem schreiben können, lesen Sie unter [Wie können wir SMS von Patienten empfangen?](/faq#wie-koennen-wir-sms-von-patienten-empfangen).",
          },
        ],
      },
      {
        id: "funktioniert-praxisbote-mit-jeder-praxissoftware",
        question: "Funktioniert Praxisbote mit unserer Praxissoftware?",
        answer: [
          {
            type: "p",
            text: "Praxisbote lässt sich mit jeder Praxissoftware nutzen, die SMS über eine HTTP-Schnittstelle verschicken kann. Ihre Software übergibt uns dazu Empfänger, Absender, Text und Ihren API-Key, auf Wunsch auch einen späteren Versandzeitpunkt.",
          },
          {
            type: "p",
            text: "Ist Praxisbote in Ihrer Software noch nicht auswählbar, leiten Sie Ihrem Softwarehaus gern unsere [API-Dokumentation](/api-dokumentation) weiter.",
          },
        ],
      },
    ],
  },
  {
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
            text: "Ja. Wichtig ist nur, dass die Nummer in Ihrer Praxissoftware mit Ländervorwahl gespeichert ist, entweder mit + oder mit 00 davor. Eine österreichische Mobilnummer wie 0676 12345678 schreiben Sie also als +43 676 12345678 oder 0043 676 12345678.",
          },
          {
            type: "p",
            text: "Nummern ohne Ländervorwahl, etwa 0171 …, behandeln wir als deutsche Nummern.",
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
            text: "Wir übergeben Ihre Nachrichten über direkte Anbindungen an die Netzbetreiber, ohne Umwege über Zwischenhändler. Für jede einzelne SMS sehen Sie im Portal, wann sie angenommen und übergeben wurde und welche Zustellmeldung das Netz zurückgegeben hat.",
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
  },
  {
    id: "empfang",
    title: "Empfang",
    entries: [
      {
        id: "koennen-patienten-auf-die-sms-antworten",
        question: "Können Patienten auf unsere SMS antworten?",
        answer: [
          {
            type: "p",
            text: "Das lässt sich einrichten (siehe [Wie können wir SMS von Patienten empfangen?](/faq#wie-koennen-wir-sms-von-patienten-empfangen)). Wir empfehlen aber, Patienten in der Erinnerung um einen Anruf zu bitten.",
          },
          {
            type: "p",
            text: "Der Grund: Wer absagen oder verschieben muss, braucht meist gleich einen neuen Termin, und oft hängen Folgetermine daran. Am Telefon ist das in einem Gespräch erledigt. Per SMS dagegen entsteht leicht ein Hin und Her, und die Praxis muss dem Patienten hinterhertelefonieren.",
          },
        ],
      },
      {
        id: "wie-koennen-wir-sms-von-patienten-empfangen",
        question: "Wie können wir SMS von Patienten empfangen?",
        answer: [
          {
            type: "p",
            text: "Es gibt drei Wege:",
          },
          {
            type: "list",
            items: [
              `Antwortnummer von uns: Wir stellen Ihnen eine eigene Rufnummer bereit, die als Absender Ihrer SMS erscheint. Antworten Ihre Patienten, leiten wir jede Antwort per E-Mail an Ihre Praxis weiter. Dafür berechnen wir ${REPLY_NUMBER} im Monat.`,
              "Eigene Handynummer: Sie tragen die Nummer eines Praxishandys als Absender ein. Antworten landen dann direkt auf diesem Handy.",
              "Ihre Telefonanlage: Kann Ihre Telefonanlage SMS empfangen, tragen Sie die Praxisnummer als Absender ein. Klären Sie das am besten vorher mit dem Techniker, der Ihre Anlage betreut.",
            ],
          },
          {
            type: "p",
            text: "Bei der eigenen Handynummer und der Telefonanlage entstehen Ihnen keine zusätzlichen Kosten. Den Absender legen Sie in Ihrer Praxissoftware fest (siehe [Welchen Absender können wir verwenden?](/faq#welchen-absender-koennen-wir-verwenden)).",
          },
        ],
      },
    ],
  },
  {
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
            text: `Beispiel: Eine Recall-Nachricht mit Buchungslink hat ${EXAMPLE_LONG_CHARACTERS} gewöhnliche Zeichen. Sie wird in ${EXAMPLE_LONG_PARTS} Teile zerlegt und kostet ${EXAMPLE_LONG_PARTS} × ${PER_PART} = ${EXAMPLE_LONG_PRICE}. Enthielte derselbe Text ein Emoji, wären es ${partsOf(EXAMPLE_LONG_CHARACTERS, true)} Teile.`,
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
              "Ihre Praxissoftware mehr Nachrichten pro Sekunde schickt, als wir annehmen,",
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
  },
  {
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
              "Außer an den Netzbetreiber, der die SMS zustellt, geben wir nichts weiter.",
              "Im Portal sind Telefonnummern in Listen teilweise verdeckt.",
              "Texte und Empfängernummern löschen wir nach 60 Tagen.",
              "Unsere Vorlagen nennen niemals eine Behandlung, sondern nur den Termin.",
            ],
          },
        ],
      },
    ],
  },
];
