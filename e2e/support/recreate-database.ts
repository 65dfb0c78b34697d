// node --import tsx e2e/support/recreate-database.ts – drops and creates the e2e database.
import { adminQuery } from "../../db/testing/admin-query";
import { E2E_DATABASE_URL } from "./e2e-database";

const server = process.env.TEST_DATABASE_URL;
if (!server || !E2E_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
const name = new URL(E2E_DATABASE_URL).pathname.slice(1);
await adminQuery(server, `drop database if exists "${name}" with (force)`);
await adminQuery(server, `create database "${name}"`);
