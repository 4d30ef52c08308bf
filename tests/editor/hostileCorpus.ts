/**
 * A corpus of hostile and broken content, one case per file, for tests/editor/hostile.test.ts. It covers every
 * class of issue 18 the check is responsible for, plus the traps of issue 11 point 5:
 *   1 active HTML and addresses that run script; 2 code that runs at build time; 4 inputs that passed the check
 *   but broke the build; 6 accepted though wrong; 7 warnings an editor would want; 11.5 traps a new editor fell into.
 * Each case names what the check must say: severity, line and field (the element or attribute), in English.
 *
 * A post written by `post()` has its frontmatter on lines 1–7; its body starts on line 8 with an empty line,
 * so the first line of a body written as '\n…' is line 9.
 */
import { post, practice } from './corpus.ts';

export interface Expected {
  severity: 'error' | 'warning';
  line: number;
  /** The field as the English message names it: an element, an attribute, a field path. */
  field: string;
  /** Part of what is wrong, in English. */
  wrong?: string;
}

export interface HostileCase {
  /** Issue 18 class (1, 2, 4, 6, 7) or issue 11 point 5. */
  class: '1' | '2' | '4' | '6' | '7' | '11.5';
  what: string;
  /** Path below the content root. */
  file: string;
  content: string | Buffer;
  expect: Expected[];
}

const body = (text: string) => post({ translation: undefined }, `\n${text}\n`);
const err = (line: number, field: string, wrong?: string): Expected => ({ severity: 'error', line, field, wrong });
const warn = (line: number, field: string, wrong?: string): Expected => ({ severity: 'warning', line, field, wrong });

const BOMB = [
  'name: Erika Beispiel',
  'role:',
  '  de: Leitung',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');

const project = (phases: string) =>
  [
    '---',
    'title: Ein Projekt',
    'lang: de',
    'publishedAt: 2026-01-10',
    'teaser: Ein Projekt, das zeigt, wie die Prüfung Zeiträume liest.',
    'lead:',
    '  institution: Universität Kassel',
    'phases:',
    phases,
    '---',
    '',
    'Text.',
    '',
  ].join('\n');

const dialogue = (dates: string) =>
  [
    '---',
    'title: Werkstatt Bürgerservice',
    'lang: de',
    'publishedAt: 2026-01-10',
    'teaser: Eine Werkstatt, die zeigt, wie die Prüfung Zeiträume liest.',
    dates,
    'place:',
    '  name: Kreishaus Gelnhausen',
    'format: workshop',
    '---',
    '',
    'Text.',
    '',
  ].join('\n');

export const HOSTILE: HostileCase[] = [
  // 1. Active HTML and addresses that run script
  {
    class: '1',
    what: 'an image with an onerror handler',
    file: 'posts/de/h1-img-onerror.mdx',
    content: body('<img src="./karte.jpg" alt="Karte des Kreises mit allen Gemeinden" onerror="alert(1)" />'),
    expect: [err(9, '<img> onerror', 'event handler')],
  },
  {
    class: '1',
    what: 'an svg with an onload handler',
    file: 'posts/de/h1-svg-onload.mdx',
    content: body('<svg onload="alert(1)"><circle r="4" /></svg>'),
    expect: [
      err(9, '<svg>', 'not allowed'),
      err(9, '<svg> onload', 'event handler'),
      err(9, '<circle>', 'not allowed'),
    ],
  },
  {
    class: '1',
    what: 'details with an ontoggle handler',
    file: 'posts/de/h1-details-ontoggle.mdx',
    content: body('<details ontoggle="alert(1)" open>Mehr dazu</details>'),
    expect: [err(9, '<details> ontoggle', 'event handler')],
  },
  {
    class: '1',
    what: 'an event handler in mixed case',
    file: 'posts/de/h1-handler-case.mdx',
    content: body('Text mit <span OnMouseOver="alert(1)">Maus</span>.'),
    expect: [err(9, '<span> OnMouseOver', 'event handler')],
  },
  {
    class: '1',
    what: 'a Markdown link to javascript:',
    file: 'posts/de/h1-link-javascript.mdx',
    content: body('[Klick](javascript:alert(1))'),
    expect: [err(9, 'link', 'addresses starting with javascript: are not allowed')],
  },
  {
    class: '1',
    what: 'a Markdown link to JaVaScRiPt: in mixed case',
    file: 'posts/de/h1-link-case.mdx',
    content: body('[Klick](JaVaScRiPt:alert(1))'),
    expect: [err(9, 'link', 'javascript:')],
  },
  {
    class: '1',
    what: 'a Markdown link with a tab entity inside javascript:',
    file: 'posts/de/h1-link-entity.mdx',
    content: body('[Klick](java&#x09;script:alert(1))'),
    expect: [err(9, 'link', 'javascript:')],
  },
  {
    class: '1',
    what: 'an HTML link with a tab entity inside javascript:',
    file: 'posts/de/h1-a-entity.mdx',
    content: body('<a href="java&#x09;script:alert(1)">Klick</a>'),
    expect: [err(9, '<a> href', 'javascript:')],
  },
  {
    class: '1',
    what: 'an HTML link with &colon; for the colon',
    file: 'posts/de/h1-a-colon.mdx',
    content: body('<a href="javascript&colon;alert(1)">Klick</a>'),
    expect: [err(9, '<a> href', 'javascript:')],
  },
  {
    class: '1',
    what: 'a link to data:text/html',
    file: 'posts/de/h1-link-data.mdx',
    content: body('[Klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
    expect: [err(9, 'link', 'addresses starting with data: are not allowed')],
  },
  {
    class: '1',
    what: 'an image from data:',
    file: 'posts/de/h1-image-data.mdx',
    content: body('![Karte des Kreises mit allen Gemeinden](data:image/svg+xml;base64,PHN2Zz4=)'),
    expect: [err(9, 'image', 'addresses starting with data: are not allowed')],
  },
  {
    class: '1',
    what: 'a link through a reference definition to javascript:',
    file: 'posts/de/h1-definition.mdx',
    content: body('[Klick][boese]\n\n[boese]: javascript:alert(1)'),
    expect: [err(11, 'link definition', 'javascript:')],
  },
  {
    class: '1',
    what: 'a meta refresh',
    file: 'posts/de/h1-meta.mdx',
    content: body('<meta http-equiv="refresh" content="0;url=https://example.org/" />'),
    expect: [err(9, '<meta>', 'not allowed')],
  },
  {
    class: '1',
    what: 'an object',
    file: 'posts/de/h1-object.mdx',
    content: body('<object data="https://example.org/film.swf" />'),
    expect: [err(9, '<object>', 'embeds third-party content or scripts')],
  },
  {
    class: '1',
    what: 'an embed, an iframe and a script',
    file: 'posts/de/h1-embeds.mdx',
    content: body(
      '<embed src="https://example.org/a.swf" />\n\n<iframe src="https://example.org/" />\n\n<script>alert(1)</script>',
    ),
    expect: [err(9, '<embed>'), err(11, '<iframe>'), err(13, '<script>')],
  },
  {
    class: '1',
    what: 'a style element and a style attribute',
    file: 'posts/de/h1-style.mdx',
    content: body('<style />\n\n<p style="background:url(https://example.org/t.gif)">Text</p>'),
    expect: [err(9, '<style>', 'not allowed'), err(11, '<p> style', 'may not have the attribute')],
  },
  {
    class: '1',
    what: 'a form posting to javascript:, with a button',
    file: 'posts/de/h1-form.mdx',
    content: body('<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">Los</button></form>'),
    expect: [
      err(9, '<form>', 'not allowed'),
      err(9, '<form> action', 'javascript:'),
      err(9, '<button>', 'not allowed'),
      err(9, '<button> formaction', 'javascript:'),
    ],
  },
  {
    class: '1',
    what: 'a base and a link element',
    file: 'posts/de/h1-base-link.mdx',
    content: body('<base href="https://example.org/" />\n\n<link rel="stylesheet" href="https://example.org/a.css" />'),
    expect: [err(9, '<base>', 'not allowed'), err(11, '<link>', 'not allowed')],
  },
  {
    class: '1',
    what: 'xlink:href and srcset with javascript:',
    file: 'posts/de/h1-xlink-srcset.mdx',
    content: body(
      '<a xlink:href="javascript:alert(1)">Klick</a>\n\n<img src="./karte.jpg" alt="Karte des Kreises mit allen Gemeinden" srcset="javascript:alert(1) 1x" />',
    ),
    expect: [err(9, '<a> xlink:href', 'javascript:'), err(11, '<img> srcset', 'javascript:')],
  },
  {
    class: '1',
    what: 'javascript: written as a literal in braces',
    file: 'posts/de/h1-literal.mdx',
    content: body('<a href={"javascript:alert(1)"}>Klick</a>'),
    expect: [err(9, '<a> href', 'javascript:')],
  },
  {
    class: '1',
    what: 'attributes spread from an object, and Astro’s set:html',
    file: 'posts/de/h1-spread.mdx',
    content: body('<span {...{ onclick: "alert(1)" }}>Text</span>\n\n<div set:html="<img src=x onerror=alert(1)>" />'),
    expect: [err(9, '<span> {...{ onclick: "alert(1)" }}', 'spread'), err(11, '<div> set:html', 'may not have')],
  },
  {
    class: '1',
    what: 'javascript: in the kit’s Quote, ContactCard, DownloadLink and Video',
    file: 'posts/de/h1-kit-urls.mdx',
    content: body(
      [
        '<Quote source="Anna Beispiel" url="javascript:alert(1)">Ein Satz.</Quote>',
        '',
        '<ContactCard name="Bürgerbüro" url="JAVASCRIPT:alert(1)" />',
        '',
        '<DownloadLink href="javascript:alert(1)" label="Bericht" size="1 MB" />',
        '',
        '<Video url="javascript:alert(1)" title="Ein Film" />',
      ].join('\n'),
    ),
    expect: [
      err(9, '<Quote> url', 'javascript:'),
      err(11, '<ContactCard> url', 'javascript:'),
      err(13, '<DownloadLink> href', 'javascript:'),
      err(15, '<Video> url', 'javascript:'),
    ],
  },
  {
    class: '1',
    what: 'an event handler on a component',
    file: 'posts/de/h1-kit-handler.mdx',
    content: body('<InfoBox title="Hinweis" onclick="alert(1)">Text</InfoBox>'),
    expect: [err(9, '<InfoBox> onclick', 'has no prop')],
  },

  // 2. Code that runs when the site is built
  {
    class: '2',
    what: 'an export of an environment variable, shown in the text',
    file: 'posts/de/h2-export-env.mdx',
    content: body('export const geheim = process.env.SECRET\n\nDer Schlüssel: {geheim}'),
    expect: [
      err(9, 'export const geheim = process.env.SECRET', 'export is not allowed'),
      err(11, '{geheim}', 'program code'),
    ],
  },
  {
    class: '2',
    what: 'an import of node:fs that reads a file of the build machine',
    file: 'posts/de/h2-import-fs.mdx',
    content: body("import { readFileSync } from 'node:fs'\n\n{readFileSync('/etc/passwd', 'utf8')}"),
    expect: [
      err(9, "import { readFileSync } from 'node:fs'", 'this form of import is not allowed'),
      // Long code is shortened in the message.
      err(11, "{readFileSync('/etc/passwd', '…}", 'program code'),
    ],
  },
  {
    class: '2',
    what: 'a default import of a module that is no image',
    file: 'posts/de/h2-import-module.mdx',
    content: body(
      "import fs from 'node:fs'\n\nimport paket from '../../package.json'\n\nimport roh from './karte.jpg?raw'",
    ),
    expect: [
      err(9, 'import fs', 'not a file next to the entry'),
      err(11, 'import paket', 'not next to the entry'),
      err(13, 'import roh', 'not next to the entry'),
    ],
  },
  {
    class: '2',
    what: 'an imported SVG used as a component (it would be inlined with its scripts)',
    file: 'posts/de/h2-svg-component.mdx',
    content: body("import Logo from './logo.svg'\n\n<Logo />"),
    expect: [err(11, '<Logo>', 'imported image, not a component')],
  },
  {
    class: '2',
    what: 'code in a component’s attribute',
    file: 'posts/de/h2-attribute-code.mdx',
    content: body('<InfoBox title={process.env.SECRET}>Text</InfoBox>'),
    expect: [err(9, '<InfoBox> title', 'program code, not a value')],
  },
  {
    class: '2',
    what: 'a layout in the frontmatter (MDX imports it and runs it as the page)',
    file: 'posts/de/h2-layout.mdx',
    content: post({ layout: '../../../src/layouts/Base.astro' }),
    expect: [err(7, 'layout', 'layout:')],
  },
  {
    class: '2',
    what: 'a line starting with --- inside the frontmatter, where the build cuts it and compiles the rest as text',
    file: 'posts/de/h2-fence.mdx',
    content: [
      '---',
      'title: Ein Beitrag',
      'lang: de',
      'publishedAt: 2026-01-10',
      'teaser: Ein Beitrag, der zeigt, wie die Prüfung die Kopfdaten liest.',
      'authors: [redaktion]',
      '---versteckt: ja',
      'notiz: \'<img src="./karte.jpg" alt="Karte" onerror="alert(1)" />\'',
      '---',
      '',
      'Text.',
      '',
    ].join('\n'),
    expect: [err(7, '---', 'ends the frontmatter here')],
  },

  // 4. Inputs that passed the check and broke the build
  {
    class: '4',
    what: 'a file saved as Latin-1',
    file: 'posts/de/h4-latin1.mdx',
    content: Buffer.from(post({ title: 'Jürgen und die Akte' }), 'latin1'),
    expect: [err(2, '(Datei)', 'is not saved as UTF-8: byte 12 (0xFC)')],
  },
  {
    class: '4',
    what: 'an entry in a nested folder',
    file: 'posts/de/archiv/alt.mdx',
    content: post(),
    expect: [err(1, '(Datei)', 'sub-folder archiv/')],
  },
  {
    class: '4',
    what: 'an undefined expression in the text',
    file: 'posts/de/h4-kosten.mdx',
    content: body('Die Kosten betragen {kosten} Euro.'),
    expect: [err(9, '{kosten}', 'program code')],
  },
  {
    class: '4',
    what: 'a broken export',
    file: 'posts/de/h4-export.mdx',
    content: body('export const = ;'),
    expect: [err(9, 'export const = ;', 'export is not allowed')],
  },

  // 6. Accepted though wrong
  {
    class: '6',
    what: 'a title of three spaces and a teaser of spaces',
    file: 'posts/de/h6-spaces.mdx',
    content: post({ title: '"   "', teaser: `"${' '.repeat(30)}"` }),
    expect: [err(2, 'title', 'holds only spaces'), err(5, 'teaser', 'holds only spaces')],
  },
  {
    class: '6',
    what: 'a practice that ends before it starts',
    file: 'practices/de/h6-jahre.mdx',
    content: practice({ startYear: '2023', endYear: '2021' }),
    expect: [err(15, 'endYear', '"2021" is before startYear (2023)')],
  },
  {
    class: '6',
    what: 'a project phase that ends before it starts',
    file: 'projects/de/h6-phase.mdx',
    content: project('  - name: Erprobung\n    start: 2024-06-01\n    end: 2024-01-31'),
    expect: [err(11, 'phases[1].end', '"2024-01-31" is before start (2024-06-01)')],
  },
  {
    class: '6',
    what: 'a dialogue that ends before it starts',
    file: 'dialogues/de/h6-dialog.mdx',
    content: dialogue('date: 2026-03-12\nendDate: 2026-03-10'),
    expect: [err(7, 'endDate', '"2026-03-10" is before date (2026-03-12)')],
  },
  {
    class: '6',
    what: 'an update dated before the publication',
    file: 'posts/de/h6-update.mdx',
    content: post({ updatedAt: '2025-12-01' }),
    expect: [err(7, 'updatedAt', '"2025-12-01" is before publishedAt (2026-01-10)')],
  },
  {
    class: '6',
    what: 'a timeline phase that ends before it starts',
    file: 'posts/de/h6-timeline.mdx',
    content: body(
      '<Timeline title="Phasen">\n  <Phase name="Erprobung" start="2024-06" end="2024-01">Text.</Phase>\n</Timeline>',
    ),
    expect: [err(10, '<Phase> end', '"2024-01" is before start (2024-06)')],
  },
  {
    class: '6',
    what: 'a YAML alias bomb (billion laughs)',
    file: 'people/h6-bombe.yaml',
    content: BOMB,
    expect: [err(1, 'YAML', 'too many YAML aliases')],
  },
  {
    class: '6',
    what: 'a YAML file of several hundred KB',
    file: 'topics/h6-riesig.yaml',
    content: `label:\n  de: Riesig\n  en: Huge\ndescription:\n  de: "${'Sehr viel Text. '.repeat(20_000)}"\n`,
    expect: [err(1, 'YAML', 'the fields are 313 KB long')],
  },

  // 7. Warnings an editor would want
  {
    class: '7',
    what: 'a body of two megabytes',
    file: 'posts/de/h7-gross.mdx',
    content: body(`${'Ein sehr langer Absatz mit Text. '.repeat(60_000)}`),
    expect: [warn(8, 'body', 'MB long')],
  },
  {
    class: '7',
    what: 'a title of 300 characters',
    file: 'posts/de/h7-titel.mdx',
    content: post({ title: `"${'Ein langer Titel '.repeat(18).slice(0, 300)}"` }),
    expect: [warn(2, 'title', '300 characters')],
  },
  {
    class: '7',
    what: 'http:// addresses in the text and in a field',
    file: 'practices/de/h7-http.mdx',
    content: practice(
      { links: '\n  - label: Projektseite\n    url: http://example.org/projekt' },
      '\nMehr auf [der Projektseite](http://example.org/projekt).\n',
    ),
    expect: [warn(17, 'links[1].url', 'unencrypted'), warn(20, 'link', 'unencrypted')],
  },
  {
    class: '7',
    what: 'lastChecked in the future',
    file: 'practices/de/h7-zukunft.mdx',
    content: practice({ lastChecked: '2027-05-01' }),
    expect: [warn(14, 'lastChecked', 'is in the future')],
  },
  {
    class: '7',
    what: 'a district file whose name contradicts its AGS',
    file: 'districts/06439-main-kinzig-kreis.yaml',
    content: 'ags: "06439"\ncoordinates:\n  lat: 50.14\n  lon: 8.08\n',
    expect: [warn(1, '(Datei)', 'the file name says "main-kinzig-kreis", but 06439 is Rheingau-Taunus-Kreis')],
  },
  {
    class: '7',
    what: 'a byte order mark (accepted, with a warning)',
    file: 'posts/de/h7-bom.mdx',
    content: `\uFEFF${post()}`,
    expect: [warn(1, '(Datei)', 'byte order mark')],
  },

  // Issue 11, point 5: traps a new editor fell into
  {
    class: '11.5',
    what: 'costs written the German way',
    file: 'practices/de/h11-kosten.mdx',
    content: practice({
      costs: '\n  oneOff: 25.000\n  yearly: 1.250.000',
      funding: '\n  - programme: Modellvorhaben\n    amount: 50.000,50',
    }),
    expect: [
      err(16, 'costs.oneOff', '25.000 is read as 25'),
      err(17, 'costs.yearly', '1.250.000 is read as text'),
      err(20, 'funding[1].amount', '50.000,50 is read as text'),
    ],
  },
  {
    class: '11.5',
    what: 'a TODO left in a published entry (field and text)',
    file: 'posts/de/h11-todo.mdx',
    content: post({ teaser: '"TODO: Ein oder zwei Sätze für Karten und Suchergebnisse."' }, '\nTODO: Ihr Text.\n'),
    expect: [
      err(5, 'teaser', 'placeholder TODO, and the entry is not a draft'),
      err(9, 'body', 'placeholder TODO, and the entry is not a draft'),
    ],
  },
];

/** Files the cases use beside themselves. */
export const HOSTILE_SUPPORT: Record<string, string> = {
  'posts/de/karte.jpg': 'not really a jpeg: the check only looks whether the file is there',
  'posts/de/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
};

/**
 * Content that looks odd but is fine, and must stay fine: Windows line endings, a byte order mark, the allowed
 * HTML, comments in braces, literal values, imported images, mailto: and tel: links. Built by
 * tests/editor/hostile.test.ts to show it renders.
 */
export const TRICKY_BUT_FINE: Record<string, string> = {
  'posts/de/zeilenenden-crlf.mdx': post(
    { title: 'Zeilenenden CRLF', translation: undefined },
    [
      '',
      "import karte from './karte.jpg'",
      '',
      '## Abschnitt mit Windows-Zeilenenden',
      '',
      'Dieser Text hat CRLF-Zeilenenden und das Kennwort FENSTERBANK.',
      '',
      '<InfoBox title="Hinweis">',
      '  Eingerückter Inhalt eines Bausteins.',
      '</InfoBox>',
      '',
      '<Figure src={karte} alt="Schematische Karte mit einem Kreis in der Mitte" wide={false} />',
      '',
      '{/* Eine Notiz für die Redaktion: erscheint nirgends. */}',
      '',
      '<details>',
      '  <summary>Mehr dazu</summary>',
      '',
      '  Text mit <abbr title="Onlinezugangsgesetz">OZG</abbr> und <a href="mailto:redaktion@example.org">Post</a>.',
      '</details>',
      '',
      '<KeyFigures>',
      '  <KeyFigure value={"−40 %"} label="Bearbeitungszeit" />',
      '</KeyFigures>',
      '',
      'Anruf unter [0561 000000](tel:+49561000000), mehr auf [der Seite](https://example.org/) und [oben](#abschnitt-mit-windows-zeilenenden).',
      '',
    ].join('\n'),
  ).replace(/\n/gu, '\r\n'),
  'posts/de/mit-bom.mdx': `\uFEFF${post({ title: 'Beitrag mit BOM', translation: undefined }, '\nDer Text mit dem Kennwort BOMBASTISCH.\n')}`,
  'posts/de/karte.jpg': 'not really a jpeg',
  'people/mit-bom.yaml': '\uFEFFname: Erika Beispiel\nrole:\n  de: Leitung\n',
  'topics/zeilenenden.yaml': 'label:\r\n  de: Zeilenenden\r\n  en: Line endings\r\nkeywords: [crlf]\r\n',
};
