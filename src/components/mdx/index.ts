/**
 * The MDX component kit: every component editors may use in MDX without importing it.
 * Pages render entries with `<Content components={mdxComponents} />`.
 */
export const mdxComponents = {};
