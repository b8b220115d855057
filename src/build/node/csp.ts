import type { Plugin } from 'vite';

/**
 * The page's Content Security Policy: only its own files may run, style, load or be fetched.
 * - `img-src data:`: MapLibre's control icons are data: URIs in its CSS.
 * - `worker-src 'self'`: MapLibre's worker is a same-origin file (see `setWorkerUrl`), no blob:.
 * - `style-src 'self'`: one built stylesheet; MapLibre sets styles through the CSSOM
 *   (`element.style`), which CSP allows; no `<style>` element or `style=""` attribute is used.
 * No `frame-ancestors`: a meta tag cannot carry it, and news graphics are embedded in frames.
 */
export const contentSecurityPolicy = policyWith([]);

/**
 * The policy with `origins` added to `img-src` and `connect-src`: an optional basemap's
 * style, tiles, glyphs and sprites (MapLibre fetches them, and may load images as images).
 * With no origins it is exactly `contentSecurityPolicy`.
 */
export function policyWith(origins: readonly string[]): string {
  const extra = origins.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${extra}`,
    `connect-src 'self'${extra}`,
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The dev server's looser policy: Vite injects each CSS module as a `<style>` element (and its
 * error overlay and the content-problem page use inline styles), and hot reload talks over a
 * WebSocket. Everything else is as strict as the built page's.
 */
export function devPolicyFrom(policy: string): string {
  return policy
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
}

const charsetTag = '<meta charset="utf-8" />';

/**
 * Puts the policy into the built page as a `<meta http-equiv>` tag, right after the charset,
 * so a host that sends no header still enforces it. Build only: in dev the header applies.
 */
export function cspMetaPlugin(policy: string = contentSecurityPolicy): Plugin {
  return {
    name: 'luquan-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(charsetTag))
        throw new Error(`index.html: no ${charsetTag} — the CSP meta tag goes right after it`);
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      return html.replace(charsetTag, `${charsetTag}\n    ${meta}`);
    },
  };
}
