// The public pages: the sitemap, the navigation and the FAQ's links read this list.
export interface SitePage {
  path: string;
  title: string;
  inNavigation?: boolean;
}

export const PUBLIC_PAGES: SitePage[] = [
  { path: "/", title: "Startseite" },
  { path: "/vorlagen", title: "Vorlagen", inNavigation: true },
  { path: "/analyse", title: "SMS-Analyse", inNavigation: true },
  { path: "/faq", title: "FAQ", inNavigation: true },
  { path: "/zeichenoptimierung", title: "Zeichenoptimierung" },
  { path: "/api-dokumentation", title: "API-Dokumentation" },
  { path: "/registrieren", title: "Registrieren" },
  { path: "/agb", title: "AGB" },
  { path: "/avv", title: "Auftragsverarbeitungsvertrag" },
  { path: "/impressum", title: "Impressum" },
  { path: "/datenschutz", title: "Datenschutz" },
];

// Portal pages are added here as they are built; until then the FAQ names them without a link.
const PORTAL_PATHS: string[] = [];

/** Whether a path (with an optional #anchor) leads to a page that exists. */
export function isLinkablePath(href: string): boolean {
  const path = href.split(/[?#]/)[0] || "/";
  return PUBLIC_PAGES.some((page) => page.path === path) || PORTAL_PATHS.includes(path);
}
