/**
 * Astro gives every element of a component with a `<style>` block that component's scope attribute
 * (`data-astro-cid-…`), and hands the attribute to the child components it renders as a prop set to `true`.
 * A small piece of markup moved out of a page into its own component can put the page's attribute back on
 * its elements with `<dt {...styleScope(Astro.props)}>`: the page's scoped styles still reach them, and the
 * HTML stays as it was when the markup stood in the page.
 */

const SCOPE = /^data-astro-cid-/u;

/** The scope attributes among a component's props, as bare attributes (an empty value renders as `name` alone). */
export function styleScope(props: object): Record<string, ''> {
  return Object.fromEntries(
    Object.keys(props)
      .filter((key) => SCOPE.test(key))
      .map((key) => [key, '']),
  );
}
