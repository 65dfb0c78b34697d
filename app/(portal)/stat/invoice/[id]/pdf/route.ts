// GET /stat/invoice/{id}/pdf – an invoice or cancellation of the user's practice as issued (PDF/A-3 with its e-invoice)
import { invoiceFileResponse } from "../../invoice-file-response";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return invoiceFileResponse(params, "pdf");
}
