/**
 * The props of every MDX component, as Zod schemas: one source of truth for the
 * components (which validate their props when they render) and for `npm run check`
 * (which validates the attributes written in MDX, with file and line, before the
 * build starts). Strict objects: a misspelt prop is an error, not silently ignored.
 */
import { z } from 'zod';
import { isSafeUrl, isWebUrl } from '../contentCheck/urls.ts';
import { LANGS } from '../../config/languages.ts';
import { VIDEO_PLATFORMS, type VideoPlatform } from '../../config/videoPlatforms.ts';

/** Text that says something: not empty, not only spaces. */
const words = (message = 'expected a text, not only spaces') => z.string().regex(/\S/u, message);
const text = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .min(1, `expected ${what}`)
    .regex(/\S/u, `expected ${what}`);

/**
 * An address for a component's link, shared by every component of the kit: `https://` or `http://` (and, where
 * `sitePath` allows, a path of this site such as /downloads/bericht.pdf). Judged as a browser reads it
 * (src/lib/contentCheck/urls.ts), so `javascript:`, `data:` … are refused in any spelling — `z.url()` alone
 * accepts them.
 */
export const linkUrl = (error: string, { sitePath = false }: { sitePath?: boolean } = {}) =>
  z.string({ error }).refine((u) => isSafeUrl(u) && (isWebUrl(u) || (sitePath && /^\/[^/]/u.test(u))), {
    error,
    // A refused address gets this one message, not also those of later rules (such as Video's).
    abort: true,
  });

/** An image imported in MDX (`import bild from './bild.jpg'`), as Astro's image pipeline hands it over. */
export const importedImage = z.object(
  { src: z.string(), width: z.number(), height: z.number(), format: z.string() },
  {
    error: "expected an imported image: write `import photo from './photo.jpg'` below the frontmatter and src={photo}",
  },
);

export { VIDEO_PLATFORMS, type VideoPlatform };

export function videoOf(url: string): { platform: VideoPlatform; id: string } | undefined {
  for (const [platform, p] of Object.entries(VIDEO_PLATFORMS) as [
    VideoPlatform,
    (typeof VIDEO_PLATFORMS)[VideoPlatform],
  ][]) {
    const m = p.match.exec(url);
    if (m?.[1]) return { platform, id: m[1] };
  }
  return undefined;
}

/** A month or a day: 2024-03 or 2024-03-15. */
const monthOrDay = z
  .string({ error: 'expected a date written as YYYY-MM or YYYY-MM-DD, e.g. 2024-03' })
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/u,
    'expected a date written as YYYY-MM or YYYY-MM-DD, e.g. 2024-03',
  );

export const PROPS = {
  /** A highlighted box for context, tips or warnings. */
  InfoBox: z.strictObject({
    /** Heading of the box. */
    title: words().optional(),
    /** info (default), tip or warning. */
    tone: z.enum(['info', 'tip', 'warning'], { error: 'expected one of: info, tip, warning' }).default('info'),
  }),
  /** A row of key figures; holds <KeyFigure> elements. */
  KeyFigures: z.strictObject({
    /** Heading above the figures. */
    title: words().optional(),
  }),
  /** One key figure inside <KeyFigures>. */
  KeyFigure: z.strictObject({
    /** The figure, e.g. "−40 %". */
    value: text('the figure, e.g. "−40 %"'),
    /** What it measures. */
    label: text('what the figure measures, e.g. "processing time"'),
    /** Where it comes from. */
    source: words().optional(),
  }),
  /** A quotation with its source; the quoted text goes between the tags. */
  Quote: z.strictObject({
    /** Who said or wrote it. */
    source: text('who said or wrote it, e.g. "Anna Beispiel"'),
    /** Their role or organisation. */
    role: words().optional(),
    /** Address of the source. */
    url: linkUrl('expected a full web address starting with https://').optional(),
    /** Language of the quote, if it differs from the page. */
    lang: z.enum(LANGS, { error: `expected one of: ${LANGS.join(', ')}` }).optional(),
  }),
  /** An image with caption, through Astro's image pipeline (responsive sizes, modern formats). */
  Figure: z.strictObject({
    /** The imported image. */
    src: importedImage,
    /** What the image shows, for people who cannot see it. */
    alt: z
      .string({ error: 'expected alternative text that says what the image shows' })
      .min(5, 'expected alternative text that says what the image shows'),
    /** Caption below the image. */
    caption: words().optional(),
    /** Credit line (photographer, licence). */
    credit: words().optional(),
    /** True to use the full width of the page. */
    wide: z.boolean({ error: 'expected true or false' }).default(false),
  }),
  /** A contact: a person entry (by id) or name, role and channels. */
  ContactCard: z
    .strictObject({
      /** id of a person in content/people. */
      person: words().optional(),
      /** Name of a person or office. */
      name: words().optional(),
      /** Role. */
      role: words().optional(),
      /** Organisation. */
      organisation: words().optional(),
      /** E-mail address (shown protected, never as plain text). */
      email: z.email({ error: 'expected an e-mail address' }).optional(),
      /** Telephone number. */
      phone: words().optional(),
      /** Web page. */
      url: linkUrl('expected a full web address starting with https://').optional(),
    })
    .refine((p) => p.person !== undefined || p.name !== undefined, {
      error: 'expected a person id (person="…") or a name (name="…")',
      path: ['name'],
    }),
  /** A link to a file with its type and size. */
  DownloadLink: z.strictObject({
    /** A file in public/ (e.g. /downloads/bericht.pdf) or a full address. */
    href: linkUrl('expected the address of the file, e.g. /downloads/report.pdf', { sitePath: true }),
    /** Text of the link. */
    label: text('the text of the link'),
    /** File type, e.g. PDF (found from the file name if left out). */
    type: words().optional(),
    /** File size, e.g. "2,4 MB" (measured for files in public/, required for other addresses). */
    size: words().optional(),
  }),
  /** A timeline of project phases; holds <Phase> elements. */
  Timeline: z.strictObject({
    /** Heading above the timeline. */
    title: words().optional(),
  }),
  /** One phase inside <Timeline>; its description goes between the tags. */
  Phase: z
    .strictObject({
      /** Name of the phase. */
      name: text('the name of the phase'),
      /** First month or day: 2024-03 or 2024-03-15. */
      start: monthOrDay,
      /** Last month or day (left out while it runs). */
      end: monthOrDay.optional(),
    })
    .superRefine((p, ctx) => {
      // A month includes its days: end="2024-03" with start="2024-03-15" is fine.
      if (p.end === undefined) return;
      const n = Math.min(p.start.length, p.end.length);
      if (p.end.slice(0, n) < p.start.slice(0, n)) {
        ctx.addIssue({ code: 'custom', message: `${p.end} is before start ${p.start}`, path: ['end'], input: p.end });
      }
    }),
  /** A video that loads nothing from the platform until the reader asks for it. */
  Video: z.strictObject({
    /** Address of the video on YouTube or Vimeo. */
    url: linkUrl('expected the address of a YouTube or Vimeo video').refine(
      (u) => videoOf(u) !== undefined,
      'expected the address of a YouTube or Vimeo video',
    ),
    /** Title of the video: names the player for screen readers and the link without JavaScript. */
    title: text('the title of the video'),
  }),
} as const;

export type ComponentName = keyof typeof PROPS;
export const COMPONENT_NAMES = Object.keys(PROPS) as ComponentName[];

/** Elements that must hold text between their tags. */
export const NEEDS_CHILDREN: readonly ComponentName[] = ['Quote', 'KeyFigures', 'Timeline'];

/** Elements that only make sense inside another. */
export const PARENT_OF: Partial<Record<ComponentName, ComponentName>> = { KeyFigure: 'KeyFigures', Phase: 'Timeline' };
