import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { findInvoiceFile, type InvoiceFileFormat } from "@/lib/billing/practice-invoices";
import { DomainError } from "@/lib/errors/domain-error";

/** The stored file of one of the user's practice's invoices, as a download; anything else a 404. */
export async function invoiceFileResponse(params: Promise<{ id: string }>, format: InvoiceFileFormat): Promise<Response> {
  const user = await requireUser();
  const { id } = await params;
  try {
    const file = await findInvoiceFile(await getDb(), user.practice.id, id, format);
    return new Response(file.body as BodyInit, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "content-length": String(file.body.byteLength),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") {
      return new Response(error.message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
    }
    throw error;
  }
}
