import net from "node:net";
import { WebSocketServer } from "ws";

export interface NeonWsProxy {
  /** host:port/path for NEON_WS_PROXY / neonConfig.wsProxy. */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * What Neon's edge does for the serverless driver, on loopback: each WebSocket carries the
 * raw PostgreSQL protocol to the TCP address in `?address=host:port`. Test use only, so it
 * relays to loopback addresses and nothing else.
 */
export async function startNeonWsProxy(): Promise<NeonWsProxy> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  server.on("connection", (socket, request) => {
    const address = new URL(request.url ?? "/", "http://proxy").searchParams.get("address") ?? "";
    const [host, port] = address.split(":");
    if (!["127.0.0.1", "localhost", "::1"].includes(host) || !Number(port)) {
      socket.close(1008, "loopback only");
      return;
    }
    const tcp = net.connect(Number(port), host);
    socket.on("message", (data: Buffer) => tcp.write(data));
    tcp.on("data", (data) => socket.send(data));
    socket.on("close", () => tcp.destroy());
    tcp.on("close", () => socket.close());
    tcp.on("error", () => socket.close());
    socket.on("error", () => tcp.destroy());
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}/v1`,
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
