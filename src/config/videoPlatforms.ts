/**
 * The video platforms the embed (src/components/mdx/Video.astro) knows: a fact of the configuration, because the
 * kit's props (src/lib/mdx/props.ts) and the Content-Security-Policy (src/config/csp.ts) both read it.
 */
export const VIDEO_PLATFORMS = {
  youtube: {
    name: 'YouTube',
    match: /^https:\/\/(?:www\.)?(?:youtube\.com\/watch\?v=|youtu\.be\/|youtube\.com\/embed\/)([\w-]{6,})/u,
    embed: (id: string) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
    privacy: 'https://policies.google.com/privacy',
  },
  vimeo: {
    name: 'Vimeo',
    match: /^https:\/\/(?:www\.)?(?:vimeo\.com\/|player\.vimeo\.com\/video\/)(\d+)/u,
    embed: (id: string) => `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
    privacy: 'https://vimeo.com/privacy',
  },
} as const;
export type VideoPlatform = keyof typeof VIDEO_PLATFORMS;
