// GET /stat/invoice/{id}/xml – the same invoice as XRechnung (CII) XML alone
import { invoiceFileResponse } from "../../invoice-file-response";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return invoiceFileResponse(params, "xml");
}
