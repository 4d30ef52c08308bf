// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/config/site.ts';
import sitemap from '@astrojs/sitemap';
import { sitemapOptions } from './src/lib/seo/sitemap.ts';
import pagefind from './src/integrations/pagefind.ts';
import { contentCheck } from './src/integrations/contentCheck.ts';
import { previewMode } from './src/integrations/previewMode.ts';

// PRAXIS_OUT_DIR / PRAXIS_CACHE_DIR let tests and benchmarks build side by side
// without touching the developer's own dist/.
export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  outDir: process.env.PRAXIS_OUT_DIR || './dist',
  cacheDir: process.env.PRAXIS_CACHE_DIR || './node_modules/.astro',
  i18n: {
    locales: ['de', 'en'],
    defaultLocale: 'de',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [previewMode(), contentCheck(), mdx(), pagefind(), sitemap(sitemapOptions())],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
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
