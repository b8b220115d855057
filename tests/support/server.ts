import { preview, type PreviewServer } from 'vite';

/** Serve the built site (dist/) with `vite preview` on a free loopback port. */
export async function startPreview(): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
