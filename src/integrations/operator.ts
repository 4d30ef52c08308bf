/**
 * Checks the operator configuration (src/config/operator.ts) before Astro builds anything, and hands the
 * checked data to the legal pages as `import.meta.env.PRAXIS_OPERATOR`.
 * - `astro build`: every missing item stops the build with one message listing them all — unless
 *   PRAXIS_OPERATOR_EXAMPLE=1 asks for a preview with the example's values, marked on the pages.
 * - `astro dev` (and `astro check`/`sync`): always a preview; what is missing comes from operator.example.yaml.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { loadOperatorConfig, OperatorConfigError } from '../config/operator.ts';

export function operatorConfig(): AstroIntegration {
  return {
    name: 'praxis:operator',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const allowExample = command !== 'build' || process.env.PRAXIS_OPERATOR_EXAMPLE === '1';
        let data;
        try {
          data = loadOperatorConfig({ root: fileURLToPath(config.root), allowExample });
        } catch (error) {
          if (!(error instanceof OperatorConfigError)) throw error;
          // AstroError prints message and hint without a stack trace.
          throw new AstroError(error.message, 'See operator.example.yaml and docs/operations.md.');
        }
        if (data.preview && command === 'build') {
          logger.warn('Preview build: the legal pages show example operator data, marked as placeholders.');
        }
        updateConfig({ vite: { define: { 'import.meta.env.PRAXIS_OPERATOR': JSON.stringify(data) } } });
      },
    },
  };
}
