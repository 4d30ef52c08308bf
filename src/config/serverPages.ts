/**
 * The frame pages of the newsletter server's answers (confirmation, unsubscription, errors, the submission's
 * answers): the site builds one per language with its own layout — header, footer, fonts, stylesheet, CSP —
 * and marks where the server puts its content (src/components/pages/ServerAnswerPage.astro). The server reads
 * them from the built site (src/server/frame.ts) and also replaces the frame's own title (its language's
 * `page.frame.title` in src/lib/newsletter/strings.ts) and its language switch (a link to the other language's
 * frame). Visited on their own they are a valid pair of pages; not in the sitemap, not in the search index, noindex.
 */
import type { Lang } from './languages.ts';

export const SERVER_PAGE_PATHS: Readonly<Record<Lang, string>> = {
  de: '/newsletter/antwort/',
  en: '/en/newsletter/answer/',
};

/** The main content lies between these two comments; the server replaces what is between them. */
export const MAIN_START = '<!--praxis-server-main-->';
export const MAIN_END = '<!--/praxis-server-main-->';
