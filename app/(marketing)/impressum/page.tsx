import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { readCompany } from "@/lib/content/company";
import { CompanyNotice, CompanyValue } from "../_components/company-notice";

export const metadata: Metadata = { title: "Impressum", robots: { index: false } };

function Entry({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr]">
      <dt className="font-semibold text-slate-900">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function ImpressumPage() {
  // Rendered per request: the provider's details are runtime configuration, so a changed
  // COMPANY_* variable takes effect on restart instead of waiting for the next build.
  await connection();
  const company = readCompany();
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">Impressum</h1>
      <CompanyNotice company={company} />

      <section aria-labelledby="anbieter" className="mt-8 text-slate-700">
        <h2 id="anbieter" className="text-xl font-bold text-slate-900">Angaben gemäß § 5 DDG</h2>
        <dl className="mt-3 divide-y divide-slate-200">
          <Entry term="Anbieter">
            <CompanyValue company={company} field="name" />
          </Entry>
          <Entry term="Rechtsform">
            <CompanyValue company={company} field="legalForm" />
          </Entry>
          <Entry term="Anschrift">
            <CompanyValue company={company} field="street" />
            <br />
            <CompanyValue company={company} field="postalCode" /> <CompanyValue company={company} field="city" />
          </Entry>
          <Entry term="Vertreten durch">
            <CompanyValue company={company} field="representative" />
          </Entry>
          <Entry term="E-Mail">
            <CompanyValue company={company} field="email" link="mailto" />
          </Entry>
          <Entry term="Telefon">
            <CompanyValue company={company} field="phone" link="tel" />
          </Entry>
          <Entry term="Registereintrag">
            <CompanyValue company={company} field="register" />
          </Entry>
          <Entry term="Umsatzsteuer-Identifikationsnummer (§ 27a UStG)">
            <CompanyValue company={company} field="vatId" />
          </Entry>
        </dl>
      </section>

      <section aria-labelledby="verantwortlich" className="mt-10 text-slate-700">
        <h2 id="verantwortlich" className="text-xl font-bold text-slate-900">Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>
        <p className="mt-3">
          <CompanyValue company={company} field="representative" />
          <br />
          <CompanyValue company={company} field="street" />, <CompanyValue company={company} field="postalCode" />{" "}
          <CompanyValue company={company} field="city" />
        </p>
      </section>

      <section aria-labelledby="streitbeilegung" className="mt-10 space-y-3 text-slate-700">
        <h2 id="streitbeilegung" className="text-xl font-bold text-slate-900">Streitbeilegung</h2>
        <p>
          Praxisbote richtet sich ausschließlich an Zahnarztpraxen und andere Unternehmen. An Streitbeilegungsverfahren vor einer
          Verbraucherschlichtungsstelle nehmen wir weder freiwillig teil, noch sind wir dazu verpflichtet.
        </p>
      </section>

      <section aria-labelledby="haftung" className="mt-10 space-y-3 text-slate-700">
        <h2 id="haftung" className="text-xl font-bold text-slate-900">Inhalte und Links</h2>
        <p>
          Wir halten die Inhalte dieser Website sorgfältig aktuell; Preise und technische Angaben stammen aus denselben Quellen wie
          unser Dienst selbst. Für die Inhalte verlinkter fremder Websites sind deren Betreiber verantwortlich. Erfahren wir von
          einem rechtswidrigen Inhalt hinter einem unserer Links, entfernen wir den Link.
        </p>
      </section>
    </div>
  );
}
