export * from "./api-keys";
export * from "./api-rate-limits";
export * from "./inbound-messages";
export * from "./invoices";
export * from "./messages";
export * from "./practices";
export * from "./usage";
export * from "./users";
