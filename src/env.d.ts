interface ImportMetaEnv {
  /** True under `astro dev` only (see src/integrations/previewMode.ts). */
  readonly PRAXIS_PREVIEW: boolean;
  /** The checked operator configuration (see src/integrations/operator.ts); undefined outside an Astro build. */
  readonly PRAXIS_OPERATOR: import('./config/operator.ts').OperatorConfig | undefined;
  /** The content's key for Astro's incremental build (src/lib/pageCache.ts); undefined outside `astro build`. */
  readonly PRAXIS_CONTENT_KEY: string | undefined;
}
