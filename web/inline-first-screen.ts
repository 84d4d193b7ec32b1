/**
 * A first visit in one round trip: the first screen's script and style sheet (the entry chunk and
 * its CSS, 12.7 KB gzip) go inside index.html, so the record button works once the HTML has
 * arrived, with no second request for them. The CSP allows them by their SHA-256, read from the
 * built page (shared's `inlineSources`; the server and `_headers` hash what the page holds).
 *
 * The chunks that load later import Preact, the capture session and the rest from the entry
 * (`./index-<hash>.js`), and must get the same instances, not a second copy: the inline script
 * publishes its exports under a global symbol, and the entry's file becomes a few bytes that
 * re-export them from there. The later chunks load that file after the inline script has run
 * (they are imported by it, asynchronously), so what they read is set. The worker precaches the
 * page, the small file and the rest as before: a repeat visit comes from it.
 */
import { readFileSync } from 'node:fs';
import { type Plugin, type Rollup, transformWithEsbuild } from 'vite';
import { EARLY_TAP, type EarlyWords } from './src/capture/early-tap.ts';
import { firstScreenEn } from './src/i18n/first-screen-words.ts';

type OutputChunk = Rollup.OutputChunk;
type OutputAsset = Rollup.OutputAsset;

/** Where the inline entry publishes its exports for the later chunks (a registered symbol). */
export const FIRST_SCREEN_EXPORTS = 'voicetrack.first-screen';

const isChunk = (file: OutputChunk | OutputAsset): file is OutputChunk => file.type === 'chunk';

/** `export{a as B,c};` at the end of a chunk → [[local, exported], …] and the code before it. */
function splitExports(code: string): { body: string; names: [string, string][] } {
  const m = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code);
  if (!m) return { body: code, names: [] };
  const names = (m[1] as string)
    .split(',')
    .map((spec) => spec.trim())
    .filter(Boolean)
    .map((spec): [string, string] => {
      const [local, exported = local] = spec.split(/\s+as\s+/) as [string, string?];
      return [local, exported];
    });
  return { body: code.slice(0, m.index), names };
}

/** The text of a `<script>` may hold no `</script` (it would end it) nor `<!--`. */
function scriptText(code: string, file: string): string {
  // `<\/` reads as `</` in a JavaScript string, template or regular expression alike.
  const text = code.replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--/.test(text)) throw new Error(`${file} holds "<!--": it cannot be inlined into index.html`);
  return text;
}

/** Where index.html takes the record button's first listener (right after its static first screen). */
const EARLY_TAP_SLOT = '<!--early-tap-->';

/**
 * src/capture/early-tap.ts as a classic script that arms the page's static record button during
 * the parse and leaves its handle for the first screen's module (`takeEarlyTap`).
 */
async function earlyTapScript(): Promise<string> {
  const file = new URL('./src/capture/early-tap.ts', import.meta.url);
  const { code } = await transformWithEsbuild(readFileSync(file, 'utf8'), file.pathname, {
    loader: 'ts',
    format: 'esm',
    minify: true,
    target: 'es2020',
  });
  const { body, names } = splitExports(code.trim());
  const arm = names.find(([, name]) => name === 'armEarlyTap')?.[0];
  const speak = names.find(([, name]) => name === 'speakEarly')?.[0];
  if (!arm || !speak) throw new Error('early-tap.ts exports no armEarlyTap or speakEarly');
  const key = `Symbol.for(${JSON.stringify(EARLY_TAP)})`;
  const { settings, tabCapture, tabMonth, record, holdHint } = firstScreenEn;
  const english: EarlyWords = { settings, tabCapture, tabMonth, record, holdHint };
  const words = JSON.stringify(english);
  // In a function: a classic script's declarations would otherwise become the window's.
  return `(()=>{${body}${speak}(${words});const b=document.querySelector("button.record");if(b)globalThis[${key}]=${arm}(b)})();`;
}

export function inlineFirstScreen(): Plugin {
  let base = '/';
  return {
    name: 'voicetrack-inline-first-screen',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle: Rollup.OutputBundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        let html = String(page.source);
        const entry = Object.values(bundle)
          .filter(isChunk)
          .find((c) => c.isEntry && html.includes(`${base}${c.fileName}"`));
        if (!entry) throw new Error('index.html loads no entry chunk of this build');
        // Inline, the script has no URL of its own: what it imports would need a round trip
        // more, and relative names would resolve against the page's address.
        if (entry.imports.length > 0)
          throw new Error(
            `the first screen imports ${entry.imports.join(', ')} statically: keep it to one chunk`,
          );
        const { body, names } = splitExports(entry.code);
        const published = `globalThis[Symbol.for(${JSON.stringify(FIRST_SCREEN_EXPORTS)})]`;
        const exported = names.map(([local, name]) => `get ${name}(){return ${local}}`).join(',');
        // Its dynamic imports name files beside it (`./whole-app-….js`): absolute from the page.
        const dir = entry.fileName.slice(0, entry.fileName.lastIndexOf('/') + 1);
        const absolute = body.replace(/(["'`])\.\/([\w.-]+\.js)\1/g, (whole, quote: string, name: string) =>
          bundle[`${dir}${name}`] ? `${quote}${base}${dir}${name}${quote}` : whole,
        );
        const code = `${absolute}${published}={${exported}};`;
        const tag = new RegExp(`<script type="module"[^>]*src="${base}${entry.fileName}"[^>]*></script>`);
        if (!tag.test(html)) throw new Error(`index.html has no script tag for ${entry.fileName}`);
        // At the end of the body, after the static first screen and its button's first listener: a
        // module runs after the parse wherever it stands, and there its 30 KB come after the button
        // in the bytes that arrive (and that the parser reads) instead of before.
        html = html.replace(tag, '');
        if (!html.includes('</body>')) throw new Error('index.html has no </body>');
        html = html.replace(
          '</body>',
          () => `<script type="module">${scriptText(code, entry.fileName)}</script>\n  </body>`,
        );

        // The entry's file: what the later chunks import, read from the inline script.
        const plain = names.filter(([, name]) => name !== 'default').map(([, name]) => name);
        entry.code =
          (plain.length ? `export const{${plain.join(',')}}=${published};` : '') +
          (names.some(([, name]) => name === 'default') ? `export default ${published}.default;` : '');

        for (const cssFile of entry.viteMetadata?.importedCss ?? []) {
          const css = bundle[cssFile];
          if (css?.type !== 'asset') continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="${base}${cssFile}"[^>]*>`);
          const text = String(css.source);
          if (/<\/style/i.test(text)) throw new Error(`${cssFile} holds "</style": it cannot be inlined`);
          if (!link.test(html)) throw new Error(`index.html has no link to ${cssFile}`);
          html = html.replace(link, () => `<style>${text}</style>`);
          // Its rules are in the page now. The file stays, empty: a later chunk's preload may still
          // name it (Supabase mode does), and a second copy of the rules appended after the later
          // chunks' own sheets would override them.
          css.source = `/* ${cssFile}: inline in index.html (inline-first-screen.ts) */\n`;
        }
        if (!html.includes(EARLY_TAP_SLOT)) throw new Error(`index.html has no ${EARLY_TAP_SLOT}`);
        const early = scriptText(await earlyTapScript(), 'early-tap.ts');
        html = html.replace(EARLY_TAP_SLOT, () => `<script>${early}</script>`);
        page.source = html;
      },
    },
  };
}
