/**
 * The processes a cross-browser run needs: `vite preview` serving the built app (as tests/e2e/run.ts does),
 * a loopback proxy in front of it that can play "offline" (refuses every connection, for the service-worker
 * test), and a virtual X display (Xvfb) for engines that need one. Each returns a stop function that kills
 * exactly the process it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, request } from 'node:http';
import { createServer, type Socket } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export async function waitForHttp(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer at ${url}`);
}

/** Kills a child we started (by its pid) and waits for it to exit. */
export async function kill(child: ChildProcess | null | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

export interface AppServer {
  base: string;
  setOffline(offline: boolean): void;
  stop(): Promise<void>;
}

/** `vite preview` of `dist` behind a proxy that can refuse connections. */
export async function startApp(dist: string): Promise<AppServer> {
  const vitePort = await freePort();
  const vite = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(vitePort), '--strictPort', '--outDir', dist],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let offline = false;
  const sockets = new Set<Socket>();
  const proxy = createHttpServer((req, res) => {
    if (offline) {
      req.socket.destroy();
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: vitePort, path: req.url, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  proxy.on('connection', (s) => {
    if (offline) {
      s.destroy();
      return;
    }
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await freePort();
  await new Promise<void>((r) => proxy.listen(port, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => proxy.close(() => r()));
    await kill(vite);
  };
  try {
    await waitForHttp(`http://127.0.0.1:${vitePort}/`, 20_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    base,
    setOffline(on) {
      offline = on;
      // Kept-alive connections would still reach the server: cut them.
      if (on) for (const s of sockets) s.destroy();
    },
    stop,
  };
}

export interface Display {
  /** `:N`, or undefined when no display is available. */
  display: string | undefined;
  stop(): Promise<void>;
}

export const hasXvfb = (): boolean => ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].some((p) => existsSync(p));

/**
 * A virtual display: our own Xvfb (it picks a free display number and reports it on fd 3), or, without
 * Xvfb, the DISPLAY we were started with (a desktop, or an outer xvfb-run).
 */
export async function startDisplay(): Promise<Display> {
  if (!hasXvfb()) return { display: process.env.DISPLAY, stop: async () => undefined };
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report its display')), 10_000);
    xvfb.stdio[3]!.on('data', (b: Buffer) => {
      text += b.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  }).catch(async (e) => {
    await kill(xvfb);
    throw e;
  });
  return { display: `:${number}`, stop: () => kill(xvfb) };
}
