/**
 * Tells pages whether they render for the dev preview (drafts and scheduled entries visible, marked)
 * or for a real build. Decided by Astro's command, not by NODE_ENV: a build started from a test runner
 * (NODE_ENV=test) makes `import.meta.env.DEV` true, and must still never publish a draft.
 */
import type { AstroIntegration } from 'astro';

export function previewMode(): AstroIntegration {
  return {
    name: 'praxis-preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.PRAXIS_PREVIEW': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
