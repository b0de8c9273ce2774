import { createServer } from 'node:net';

/** Asks the OS for a TCP port that is free on `host` right now (for throwaway test servers). */
export async function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('the OS returned no port'))));
    });
  });
}

/** True when nothing listens on `host:port`, i.e. we could bind it. */
export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Fails with a message naming the setting to change when `port` is taken. */
export async function assertPortFree(port: number, host: string, what: string, setting: string): Promise<void> {
  if (!(await isPortFree(port, host))) {
    throw new Error(
      `${what} needs port ${port} on ${host}, but something is already listening there ` +
        `(another "npm start"?). Stop it, or set ${setting} to another port.`,
    );
  }
}
