// The e2e servers sign and verify simulator webhooks with this secret, so the tests can sign
// their own. Without SIMULATOR_SECRET an installation makes up a random one.
export const E2E_SIMULATOR_SECRET = "e2e-simulator-secret-0123456789";
