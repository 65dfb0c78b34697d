import type { FaqGroup } from "../faq-types";
import { REPLY_NUMBER } from "./facts";

export const EMPFANG: FaqGroup = {
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
};
