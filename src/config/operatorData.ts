/**
 * The operator configuration as the pages see it: checked by src/integrations/operator.ts when the build
 * starts and passed in as `import.meta.env.PRAXIS_OPERATOR`, so pages never read files themselves.
 */
import type { OperatorConfig } from './operator.ts';

/** Values still in [brackets] are the example file's placeholders. */
export const PLACEHOLDER = /^\s*\[.*\]\s*$/su;

/** Whether a value on a legal page is one of the example's placeholders (shown marked). */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

export function operatorData(): OperatorConfig {
  const data = import.meta.env.PRAXIS_OPERATOR;
  if (!data)
    throw new Error('The operator configuration is missing: is the praxis:operator integration in astro.config.mjs?');
  return data;
}
