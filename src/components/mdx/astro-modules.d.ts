// Plain `tsc` (part of `npm run typecheck`) cannot read .astro files; `astro check` can and
// types them properly. This lets tsc accept the imports in ./index.ts without weakening astro check.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
