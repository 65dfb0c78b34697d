import type { FaqGroup } from "../faq-types";

export const ANMELDUNG_ZUGANG: FaqGroup = {
  id: "anmeldung-zugang",
  title: "Anmeldung & Zugang",
  entries: [
    {
      id: "kann-ich-praxisbote-vorher-testen",
      question: "Kann ich Praxisbote in Ruhe ausprobieren, bevor ich mich festlege?",
      answer: [
        {
          type: "p",
          text: "Ja. Melden Sie Ihre Praxis über [Registrieren](/registrieren) an und bestätigen Sie Ihre E-Mail-Adresse über den Link, den wir Ihnen schicken: Danach zeigen wir Ihnen Ihren API-Key, und Sie können sofort loslegen. Schon vor der Bestätigung können Sie sich anmelden und den Versand mit unserem Simulator ausprobieren. Der erste Monat kostet Sie nichts: Wir berechnen in dieser Zeit weder die Grundgebühr noch die versendeten SMS.",
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
};
