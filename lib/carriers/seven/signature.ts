// seven.io's documentation says the complete URL is signed; its own verifier examples pass
// only the path and query. Both are bound to our secret, so either is accepted; so is the
// same path with or without a trailing slash (one route either way). Age and nonce are checked
// as for every carrier.

/** The URLs a genuine seven.io request to this path may have been signed over. */
export function sevenSignedUrls(publicUrl: (pathAndQuery: string) => string, pathname: string, search: string): string[] {
  const bare = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const paths = bare === pathname ? [bare, `${bare}/`] : [pathname, bare];
  return paths.flatMap((path) => [publicUrl(path + search), path + search]);
}
