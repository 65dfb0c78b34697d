import { describe, expect, it, vi } from "vitest";
import { createTestPractice } from "../../../../db/testing/fixtures";
import { insertInvoice } from "../../../../db/testing/invoice-rows";
import { setUpTestDatabase } from "../../../../db/testing/test-database";
import { GET as getPdf } from "./[id]/pdf/route";
import { GET as getXml } from "./[id]/xml/route";

const database = setUpTestDatabase();
const session = vi.hoisted(() => ({ practiceId: "" }));
vi.mock("../../../../db/client", async (original) => ({ ...(await original<typeof import("../../../../db/client")>()), getDb: async () => database.db }));
vi.mock("../../../../lib/auth/current-user", () => ({ requireUser: async () => ({ practice: { id: session.practiceId } }) }));

const call = (route: typeof getPdf, id: string) => route(new Request(`http://portal.test/stat/invoice/${id}/pdf`), { params: Promise.resolve({ id }) });

describe("GET /stat/invoice/{id}/pdf and /xml", () => {
  it("streams the stored bytes as a download named after the invoice; another practice's invoice is a 404", async () => {
    const { db } = database;
    const practiceId = await createTestPractice(db);
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x00, 0xff]);
    const invoice = await insertInvoice(db, practiceId, { pdf, xml: "<rsm:CrossIndustryInvoice>Müller</rsm:CrossIndustryInvoice>" });
    session.practiceId = practiceId;

    const pdfResponse = await call(getPdf, invoice.id);
    expect(pdfResponse.status).toBe(200);
    expect(pdfResponse.headers.get("content-type")).toBe("application/pdf");
    expect(pdfResponse.headers.get("content-disposition")).toBe(`attachment; filename="Rechnung-${invoice.number}.pdf"`);
    expect(pdfResponse.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await pdfResponse.arrayBuffer())).toEqual(pdf);

    const xmlResponse = await call(getXml, invoice.id);
    expect(xmlResponse.headers.get("content-disposition")).toBe(`attachment; filename="Rechnung-${invoice.number}.xml"`);
    expect(await xmlResponse.text()).toBe("<rsm:CrossIndustryInvoice>Müller</rsm:CrossIndustryInvoice>");

    session.practiceId = await createTestPractice(db);
    const foreign = await call(getPdf, invoice.id);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toContain("gibt es in Ihrer Praxis nicht");
    expect((await call(getXml, "kein-uuid")).status).toBe(404);
  });
});
