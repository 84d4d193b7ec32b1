import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
// Its own module, not the package's index: the config is loaded (and its imports transformed) at
// every build, and the index brings the parser and its lexicons, 2.3 s of CPU of each build's
// start for three functions (3.2 s → 0.9 s to load the config).
import { connectOrigins, inlineSources, securityHeaders } from '@voicetrack/shared/security-headers';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineFirstScreen } from './inline-first-screen.ts';
import { OCR_BASE, ocrAssets } from './ocr-assets.ts';
import { READING_CHUNK, terseReading } from './terse-reading.ts';

/** The receipt reader's chunk: shared/'s receipt mode and the page's reading of a photo with it. */
const RECEIPT_CHUNK = 'receipt';

// Built into the bundle: public values only. The server's secrets (GROQ_API_KEY,
// VOICETRACK_JWT_SECRET, sb_secret_… keys, DATABASE_URL…) are never read here.
const config = {
  // Where the API's /api/... routes live when the PWA is hosted elsewhere: on Supabase, the
  // functions base, https://<ref>.supabase.co/functions/v1 (the function named `api` then
  // answers /functions/v1/api/...). Empty: the same origin as the PWA (`pnpm start`).
  apiUrl: (process.env.API_URL ?? '').trim().replace(/\/+$/, ''),
  supabaseUrl: process.env.SUPABASE_URL ?? '',
  supabaseKey: process.env.SUPABASE_PUBLISHABLE_KEY ?? process.env.SUPABASE_ANON_KEY ?? '',
};
if (config.supabaseKey.startsWith('sb_secret_'))
  throw new Error(
    'SUPABASE_PUBLISHABLE_KEY holds a secret key (sb_secret_…): the PWA needs the publishable one',
  );
if (/\/api$/i.test(config.apiUrl))
  throw new Error(
    `API_URL must not end with the function name: the PWA adds /api/... itself. Use ${config.apiUrl.replace(/\/api$/i, '')}`,
  );
if (config.apiUrl && !/^https?:\/\//i.test(config.apiUrl))
  throw new Error(`API_URL must be an http(s) URL, got "${config.apiUrl}"`);

/**
 * The static host's headers, the same the Node server sends (shared/src/security-headers.ts),
 * with a CSP that lets the page reach API_URL and Supabase: `_headers` (Netlify, Cloudflare
 * Pages) and `vercel.json` (Vercel). The app assumes the site root: start_url, scope and icons
 * are absolute paths.
 */
function staticHostHeaders(): Plugin {
  let outDir = 'dist';
  return {
    name: 'voicetrack-static-host-headers',
    apply: 'build',
    configResolved(resolved) {
      outDir = resolved.build.outDir;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      handler() {
        // The page's inline script and style (inline-first-screen.ts), allowed by their digests.
        const { scripts, styles } = inlineSources(readFileSync(join(outDir, 'index.html'), 'utf8'));
        const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
        const headers = securityHeaders({
          connectSrc: connectOrigins([config.apiUrl, config.supabaseUrl]),
          inline: { scripts: scripts.map(digest), styles: styles.map(digest) },
        });
        const caching: [string, string][] = [
          // Hashed assets never change; the shell and the worker must be revalidated so updates arrive.
          ['/assets/*', 'public, max-age=31536000, immutable'],
          // Tesseract's files, in a folder named after their versions (ocr-assets.ts).
          ['/ocr/*', 'public, max-age=31536000, immutable'],
          ['/index.html', 'no-cache'],
          ['/', 'no-cache'],
          ['/sw.js', 'no-cache'],
          ['/manifest.webmanifest', 'no-cache'],
        ];
        const lines = [
          '# Written by `pnpm build` (web/vite.config.ts): the headers the Node server sends.',
          '/*',
        ];
        for (const [name, value] of Object.entries(headers)) lines.push(`  ${name}: ${value}`);
        for (const [path, value] of caching) lines.push(path, `  Cache-Control: ${value}`);
        writeFileSync(join(outDir, '_headers'), `${lines.join('\n')}\n`);
        const vercel = {
          headers: [
            { source: '/(.*)', headers: Object.entries(headers).map(([key, value]) => ({ key, value })) },
            ...caching.map(([path, value]) => ({
              source: path.replace('/*', '/(.*)'),
              headers: [{ key: 'Cache-Control', value }],
            })),
          ],
        };
        writeFileSync(join(outDir, 'vercel.json'), `${JSON.stringify(vercel, null, 2)}\n`);
      },
    },
  };
}

/**
 * Writes a .br and a .gz beside every text file of the build (the server sends them to browsers
 * that accept them: 150 KB of JS travels as 48 KB). Runs last, once the service worker is built
 * and its precache list injected, so the compressed worker is the final one.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'voicetrack-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
          const path = join(outDir, name);
          // vercel.json is read by the host's build, never sent to a browser.
          if (!/\.(m?js|css|html|svg|json|webmanifest)$/.test(path) || path.endsWith('vercel.json')) continue;
          if (statSync(path).size < 1024) continue;
          const bytes = readFileSync(path);
          writeFileSync(
            `${path}.br`,
            brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          );
          writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        }
      },
    },
  };
}

/**
 * `pnpm bench` builds the PWA a second time without the browser's speech recognition (its two
 * modules replaced by the do-nothing ones in tests/bench/no-speech/), to weigh what it adds to the
 * first screen. Never set otherwise.
 */
const withoutSpeech =
  process.env.VOICETRACK_BUILD_WITHOUT_SPEECH === '1'
    ? ['speech', 'speech-control'].map((name) => ({
        find: new RegExp(`^.*/${name}\\.ts$`),
        replacement: fileURLToPath(new URL(`../tests/bench/no-speech/${name}.ts`, import.meta.url)),
      }))
    : [];

export default defineConfig({
  define: { __VOICETRACK_CONFIG__: JSON.stringify(config), __OCR_BASE__: JSON.stringify(OCR_BASE) },
  resolve: { alias: withoutSpeech },
  plugins: [
    preact(),
    VitePWA({
      // Our own worker in TypeScript (src/sw/sw.ts → /sw.js): Background Sync of the outbox is
      // ours to write; Workbox only precaches the shell and routes navigations.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      // Registration is ours too (sw-bridge.ts, workbox-window): no inline script for the CSP.
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // Local mode never loads the sign-in (supabase-js) nor its panel's script and style: no
        // need to download them at install.
        // Tesseract (5 MB) is fetched on the first photo of a ticket, never at install.
        globIgnores: [
          'ocr/**',
          ...(config.supabaseUrl ? [] : ['**/supabase-auth-*.js', '**/account-*.{js,css}']),
        ],
      },
      manifest: {
        name: 'VoiceTrack — dépenses à la voix',
        short_name: 'VoiceTrack',
        description: 'Dites ce que vous avez dépensé ; VoiceTrack le note, même hors ligne.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0f766e',
        background_color: '#f7f7f5',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Android's share sheet: a voice memo, a WhatsApp audio, a photo of a receipt, an SMS or a
        // bank notification shared to VoiceTrack lands in the outbox, a bank statement waits for
        // the statement import (the worker answers /share, offline too).
        share_target: {
          action: '/share',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [
              {
                name: 'audio',
                accept: [
                  'audio/*',
                  '.m4a',
                  '.ogg',
                  '.opus',
                  '.oga',
                  '.mp3',
                  '.wav',
                  '.webm',
                  '.aac',
                  '.flac',
                ],
              },
              // A bank's statement (CAMT.053, OFX, QFX, QIF, CSV): to the statement import.
              {
                name: 'statement',
                accept: [
                  '.ofx',
                  '.qfx',
                  '.qif',
                  '.csv',
                  '.xml',
                  'application/x-ofx',
                  'application/vnd.intu.qfx',
                  'application/qif',
                  'text/csv',
                  'application/xml',
                  'text/xml',
                ],
              },
              // A photo of a receipt, from the gallery or the camera app: read on the phone, kept as proof.
              { name: 'image', accept: ['image/*', '.jpg', '.jpeg', '.png', '.webp'] },
            ],
          },
        },
        // Long-press on the home-screen icon: straight into recording.
        shortcuts: [
          {
            name: 'Nouvelle dépense',
            short_name: 'Nouvelle dépense',
            description: 'New expense — start recording at once',
            url: '/?action=record',
            icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
          },
        ],
      },
      // The worker is built and its precache list injected before the files are compressed.
      integration: { closeBundleOrder: 'pre' },
    }),
    inlineFirstScreen(),
    terseReading(),
    ocrAssets(),
    staticHostHeaders(),
    precompress(),
  ],
  build: {
    target: 'es2022',
    // The capture screen's JS budget is 50 KB gzip: keep an eye on it in `pnpm bench`.
    reportCompressedSize: true,
    manifest: true,
    rolldownOptions: {
      // The entry's file holds only what the inline first screen publishes (inline-first-screen.ts):
      // a name no build before the inlining had, so no cache (HTTP or the worker's, which trusts
      // hashed names) hands a later chunk an old whole entry under it.
      output: {
        entryFileNames: 'assets/first-screen-[hash].js',
        // The open data's attributions (a one-line legal comment in each generated lexicon: its
        // source, its licence, « © OpenStreetMap contributors », and where the whole notices are
        // served, /open-data-licences.txt from web/public) stay in the lazy parser chunk that holds
        // them; other comments go.
        comments: { legal: true, annotation: false, jsdoc: false },
        // The parser in one chunk: rolldown split it in two (the receipt reader and its lexicons,
        // which receipt-ocr.ts also imports to weigh a second reading; the speech rules), and a
        // note read offline loaded both: one gzip stream and no names between them, 504 B less
        // (room26). But the receipt reader itself (shared's parse/receipt/, parse/merchant.ts which
        // only it reads on the phone, the page's expenses/receipt-reading.ts) is its own chunk,
        // `receipt`: a note's words never need it, and it cost every note 5,929 B of the parser's
        // 160 KB (room29); a photo loads it with Tesseract (receipt-ocr.ts), and it imports the
        // parser's chunk for the lexicons. Not tokenize.ts, which month-view.tsx shares;
        // not the modules the parser imports from the rest of shared/ (dates, money), which the
        // first screen uses. With it, the only module of the app that reads with it
        // (expenses/provisional-reading.ts, its household shares and shared's households/words.ts,
        // which nothing else on the phone imports): their own chunk cost its imports and exports
        // from this one and a second gzip stream, 639 B (room28). The app's dynamic imports of
        // provisional-reading.ts load this chunk.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              name: READING_CHUNK,
              test: /shared[\\/]src[\\/](?:parse[\\/](?!tokenize\.ts|receipt[\\/]|merchant\.ts)|households[\\/]words\.ts)|web[\\/]src[\\/]expenses[\\/]provisional-(?:reading|share)\.ts/,
            },
            {
              name: RECEIPT_CHUNK,
              test: /shared[\\/]src[\\/]parse[\\/](?:receipt[\\/]|merchant\.ts)|web[\\/]src[\\/]expenses[\\/]receipt-reading\.ts/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
