// The PostgreSQL database the e2e server runs on: a fresh one next to TEST_DATABASE_URL's,
// created anew for every run, so no earlier run's schema or data can get in the way.
export const E2E_DATABASE_URL = (() => {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return undefined;
  const url = new URL(server);
  url.pathname = "/pb_e2e";
  return url.toString();
})();
