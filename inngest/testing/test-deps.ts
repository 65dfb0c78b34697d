import type { Database } from "../../db/client";
import { FakeCarrier, FakeMailer } from "../../db/testing/fixtures";
import type { Carrier } from "../../lib/carriers/carrier";
import type { Mailer } from "../../lib/email/mailer";
import type { FunctionDeps } from "../deps";

/** The functions' dependencies on a test database, with fakes for the outside world. */
export function testDeps(db: Database, carrier: Carrier = new FakeCarrier(), mailer: Mailer = new FakeMailer()): FunctionDeps {
  return { db: async () => db, carrier: () => carrier, mailer: () => mailer };
}
