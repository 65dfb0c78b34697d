// Limits of a practice's webhook endpoints, kept apart from endpoint-input.ts so that the
// portal's client components can show them without bundling the server's address checks.

export const MAX_WEBHOOK_ENDPOINTS = 10;
export const MAX_DESCRIPTION_LENGTH = 200;
