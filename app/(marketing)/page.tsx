export default function HomePage() {
  return (
    <section className="mx-auto max-w-5xl px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
        Weniger leere Behandlungsstühle – mit SMS-Terminerinnerungen aus Ihrer Praxissoftware
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700">
        Praxisbote schickt Ihren Patientinnen und Patienten eine kurze SMS vor dem Termin. Sie richten den Versand
        einmal in Ihrem PVS ein, sehen zu jeder SMS den Zustellstatus und erhalten eine klare Monatsrechnung.
      </p>
    </section>
  );
}
