import type { FaqGroup } from "../faq-types";
import { API_BASE_URL } from "./facts";

export const EINRICHTUNG_PVS: FaqGroup = {
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
};
