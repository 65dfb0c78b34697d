// GET /api/v1/sms/{id} – one message with its status history · DELETE – cancel a scheduled message
import "@/inngest/register-work";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, messageIdFrom, otherMethods } from "@/lib/api/route-handler";
import { messageCancelled } from "@/lib/delivery/pipeline";
import { cancelMessage } from "@/lib/messages/cancel-message";
import { findMessage, findStatusHistory } from "@/lib/messages/find-messages";
import { toApiMessage } from "@/lib/api/serialize-message";

export const dynamic = "force-dynamic";

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ db, caller, params }) => {
  const message = await findMessage(db, caller.practice.id, messageIdFrom(params.id));
  if (!message) throw new ApiError("not_found");
  const history = await findStatusHistory(db, message.id);
  return Response.json({
    ...toApiMessage(message),
    history: history.map((event) => ({ ...event, receivedAt: event.receivedAt.toISOString(), carrierTime: event.carrierTime?.toISOString() ?? null })),
  });
});

export const DELETE = apiRoute<Params>(async ({ db, caller, params }) => {
  const message = await cancelMessage(db, caller.practice.id, messageIdFrom(params.id));
  await messageCancelled(message.id);
  return Response.json(toApiMessage(message));
});
