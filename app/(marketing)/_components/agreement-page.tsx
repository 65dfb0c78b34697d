import type { ReactNode } from "react";

/** The frame of /agb and /avv: title, the version the sign-up stores, numbered sections. */
export function AgreementPage({ title, version, intro, children }: { title: string; version: string; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-2xl font-bold hyphens-auto sm:text-3xl">{title}</h1>
      <p className="mt-2 text-sm text-slate-600">Fassung {version}</p>
      <div className="mt-6 space-y-3 text-slate-700">{intro}</div>
      {children}
    </div>
  );
}

export function AgreementSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 space-y-3 text-slate-700">
      <h2 id={id} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
