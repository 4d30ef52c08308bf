interface ImportMetaEnv {
  /** True under `astro dev` only (see src/integrations/previewMode.ts). */
  readonly PRAXIS_PREVIEW: boolean;
}
