/** Limits and thresholds of the content check, in one place (the editors' guide quotes them). */

/** Largest YAML part (a whole .yaml file, or an MDX file's frontmatter) the check reads: real ones are a few KB. */
export const MAX_YAML_CHARS = 256 * 1024;
/**
 * Most aliases (`*name`) a YAML part may expand to. Editors hardly ever write one; a few nested aliases
 * can otherwise expand into billions of values (the "billion laughs" attack) and stop the build.
 */
export const MAX_YAML_ALIASES = 100;
/** A text longer than this (in bytes) gets a warning: the page loads slowly and is hard to read. */
export const LONG_BODY_BYTES = 1_000_000;
/** A title longer than this gets a warning: cards, search results and browser tabs cut it. */
export const LONG_TITLE_CHARS = 150;
