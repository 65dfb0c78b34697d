import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PUBLIC_PAGES } from "@/lib/content/site-pages";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#inhalt" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Zum Inhalt springen
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-700">
          Praxisbote
        </Link>
        <nav aria-label="Hauptnavigation" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <Link href="/#preise" className="text-slate-700 hover:text-brand-700">
            Preise
          </Link>
          {PUBLIC_PAGES.filter((page) => page.inNavigation).map((page) => (
            <Link key={page.path} href={page.path} className="text-slate-700 hover:text-brand-700">
              {page.title}
            </Link>
          ))}
          <Button asChild size="sm">
            <Link href="/registrieren">Kostenlos starten</Link>
          </Button>
        </nav>
      </div>
    </header>
  );
}
