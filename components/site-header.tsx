import Link from "next/link";

const NAVIGATION: { href: string; label: string }[] = [];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <Link href="/" className="text-lg font-bold text-brand-700">
          Praxisbote
        </Link>
        <nav aria-label="Hauptnavigation" className="flex flex-wrap items-center gap-4 text-sm">
          {NAVIGATION.map((item) => (
            <Link key={item.href} href={item.href} className="text-slate-700 hover:text-brand-700">
              {item.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
