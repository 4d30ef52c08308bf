/**
 * The components' props schemas live in src/lib/mdx/props.ts, because the content check (src/lib) needs
 * them too and src/lib may not import from src/components (the layer rule in eslint.config.js).
 */
export * from '../../lib/mdx/props.ts';
