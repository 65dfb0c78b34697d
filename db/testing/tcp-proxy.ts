import net from "node:net";

export interface TcpProxy {
  /** The loopback port the proxy listens on while open; it stays the same across close() and open(). */
  port: number;
  /** `url` with its host and port replaced by the proxy's. */
  through(url: string): string;
  /** Listens again: new connections reach the target. */
  open(): Promise<void>;
  /** An outage: drops every live connection and refuses new ones (ECONNREFUSED). */
  close(): Promise<void>;
}

/**
 * A TCP relay on 127.0.0.1 in front of a database, which a test can switch off and on to play
 * a database that is down at start or goes away for a while.
 */
export async function startTcpProxy(target: { host: string; port: number }, options: { open?: boolean } = {}): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;

  const listen = async () => {
    if (server) return;
    const listening = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on("error", drop).on("close", drop);
      upstream.on("error", drop).on("close", drop);
    });
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(port, "127.0.0.1", () => resolve());
    });
    port = (listening.address() as net.AddressInfo).port;
    server = listening;
  };

  const close = async () => {
    const closing = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };

  await listen();
  if (options.open === false) await close();
  return {
    get port() {
      return port;
    },
    through(url: string) {
      const parsed = new URL(url);
      parsed.hostname = "127.0.0.1";
      parsed.port = String(port);
      return parsed.toString();
    },
    open: listen,
    close,
  };
}
