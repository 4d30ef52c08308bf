// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/config/site.ts';
import sitemap from '@astrojs/sitemap';
import { sitemapHeads, sitemapOptions } from './src/lib/seo/sitemap.ts';
import pagefind, { PAGEFIND_DIR } from './src/integrations/pagefind.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { previewMode } from './src/integrations/previewMode.ts';
import { fontsource } from './src/integrations/fontsource.ts';
import { operatorConfig } from './src/integrations/operator.ts';
import { precompress } from './src/integrations/precompress.ts';
import { ogImages } from './src/integrations/ogImages.ts';
import { buildFiles } from './src/integrations/buildFiles.ts';
import { editor, editorStaticFiles, EDITOR_PATH } from './src/integrations/editor.ts';
import { timed } from './src/integrations/timing.ts';
import { stableOutDir } from './src/integrations/stableOutDir.ts';
import { cspDigests } from './src/integrations/cspDigests.ts';
import { pageDirectives, SCRIPT_SOURCES, STYLE_SOURCES } from './src/config/csp.ts';
import { newsletterBaseUrl } from './src/lib/newsletter/config.ts';

// The two families come from the installed @fontsource packages (src/integrations/fontsource.ts). Astro's Fonts
// API serves them from the site, preloads the files the first screen needs and adds fallbacks whose metrics are
// adjusted to the web fonts, so text does not jump when the fonts arrive (Lighthouse measured a layout shift of
// 0.36 on phones with the plain @fontsource CSS imports).
const fromNpm = fontsource();

// PRAXIS_OUT_DIR / PRAXIS_CACHE_DIR let tests and benchmarks build side by side
// without touching the developer's own dist/.
export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  fonts: [
    {
      provider: fromNpm,
      name: 'Source Serif 4',
      cssVariable: '--f-serif',
      options: { package: '@fontsource/source-serif-4' },
      weights: [400, 600],
      styles: ['normal', 'italic'],
      subsets: ['latin', 'latin-ext'],
      fallbacks: ['Georgia', 'serif'],
    },
    {
      provider: fromNpm,
      name: 'Source Sans 3',
      cssVariable: '--f-sans',
      options: { package: '@fontsource/source-sans-3' },
      weights: [400, 600],
      styles: ['normal'],
      subsets: ['latin', 'latin-ext'],
      fallbacks: ['Segoe UI', 'system-ui', 'sans-serif'],
    },
  ],
  outDir: process.env.PRAXIS_OUT_DIR || './dist',
  cacheDir: process.env.PRAXIS_CACHE_DIR || './node_modules/.astro',
  i18n: {
    locales: ['de', 'en'],
    defaultLocale: 'de',
    routing: { prefixDefaultLocale: false },
  },
  // Each integration's hooks are timed; the build ends with one line of their durations (src/integrations/timing.ts).
  integrations: timed([
    previewMode(),
    operatorConfig(),
    contentCheck(),
    mdx(),
    // Before the integrations that read the finished site: the feeds are written when the pages are.
    buildFiles(),
    // Before Pagefind: its index is finished from `astro:build:generated` on, while the sitemap is written.
    sitemap(sitemapOptions()),
    // After the sitemap: reads the pages' heads for it from the moment they are written, and forgets them after it.
    sitemapHeads(),
    pagefind(),
    // After Pagefind (the editor is no page to index), before precompress (its bundle is served compressed).
    editor(),
    // Last but one: the social images' pool draws beside everything before it.
    ogImages(),
    // Pagefind's index and the editor are written after the pages; the editor's prebuilt bundle is compressed
    // while the pages render.
    precompress({ writtenLater: [PAGEFIND_DIR, EDITOR_PATH.replace(/^\/|\/$/gu, '')], copiedLater: editorStaticFiles }),
  ]),
  // Two pages render at a time: each page's file writes (its folder, the page, Astro's incremental-build copy) wait
  // on the file system, and one page at a time the main thread was idle a fifth of the page step (CPU profile of a
  // 1,000-entry build). Cold builds of 1,000 entries, alternated on the loaded 2-core machine: 1 at a time 49.2 and
  // 51.4 s, 2 at a time 47.6 and 41.2 s, 4 at a time 48.0 and 44.5 s. The output is the same, Pagefind's index
  // included (src/lib/builtPages.ts gives it the pages in the order they started).
  build: { format: 'directory', concurrency: 2 },
  // Content-Security-Policy without 'unsafe-inline': Astro hashes the inline scripts and styles it emits into a
  // <meta> tag on every page; deploy/Caddyfile adds frame-ancestors and the other headers (src/config/csp.ts).
  security: {
    csp: {
      directives: pageDirectives(newsletterBaseUrl(), site.url),
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  // Shiki colours code with inline style attributes, which the CSP forbids; the site shows no highlighted code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Pages whose route code and content are unchanged are taken over from the previous build (the key is the
  // content's, src/lib/pageCache.ts): an unchanged rebuild renders no page again. Astro keeps the copies in
  // its cache folder, so the build's fresh output folder (scripts/build.ts) gets them too.
  experimental: { incrementalBuild: true },
  vite: {
    // Without stableOutDir, a build into another output folder than the last renders every page again; without
    // cspDigests, Astro hashes the same inline styles and scripts again for every page (see the files).
    plugins: [stableOutDir(), cspDigests()],
    build: {
      rolldownOptions: {
        // Astro's own MDX output triggers this bundler notice (withastro/astro#18087, open upstream):
        // it says nothing about our code, so it is hidden to keep build output readable for editors.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
