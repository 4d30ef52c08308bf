/**
 * The browser editor's start-up (served as it is at /redaktion/editor.js, before Decap's bundle):
 * 1. tells Decap to wait (CMS_MANUAL_INIT), then loads the settings the site generated from its schemas
 *    (src/integrations/editor.ts): Decap's configuration and the MDX kit as editor components;
 * 2. registers each component, so that editors insert an info box, a quote, key figures … through a form and
 *    the entry gets the MDX element `npm run check` accepts, never JSX typed by hand;
 * 3. starts Decap in German, or in English with ?lang=en.
 * Values are written as MDX attributes: text in quotes, or as a JSON string where it holds a quote, a brace or
 * an angle bracket; the text between tags is escaped so that MDX reads it as text, never as code.
 */
window.CMS_MANUAL_INIT = true;

const LANG = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'de';
document.documentElement.lang = LANG;

/** One prop as an MDX attribute (nothing for an empty value or false). */
function attribute(name, value) {
  if (value === undefined || value === null || value === '' || value === false) return '';
  if (value === true) return ` ${name}`;
  const text = String(value);
  return /["{}<>\n\\]/u.test(text) ? ` ${name}={${JSON.stringify(text)}}` : ` ${name}="${text}"`;
}

/** The props of a component as they appear in its form, from the form's data. */
function attributes(fields, data) {
  return fields
    .filter((f) => f.name !== 'body' && f.name !== 'items' && f.name !== 'src')
    .map((f) => attribute(f.name, data[f.name] ?? (f.default === false ? undefined : f.default)))
    .join('');
}

/** Attributes read back from MDX: name="text", name={"json"}, name={true}, bare name. */
function readAttributes(source) {
  const data = {};
  const re = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|\{("(?:[^"\\]|\\.)*"|true|false|-?\d+(?:\.\d+)?)\}))?/gu;
  for (const m of source.matchAll(re)) {
    if (m[2] !== undefined) data[m[1]] = m[2];
    else if (m[3] !== undefined) data[m[1]] = JSON.parse(m[3]);
    else data[m[1]] = true;
  }
  return data;
}

/** Text between tags: markdown stays markdown, but braces and angle brackets are text, not code. */
function escapeText(text) {
  return String(text ?? '')
    .trim()
    .replace(/\\/gu, '\\\\')
    .replace(/([{}<>])/gu, '\\$1');
}
const unescapeText = (text) => text.replace(/\\([\\{}<>])/gu, '$1');

/** Attribute source inside a tag: anything but '>' outside quotes and braces. */
const ATTRS = String.raw`((?:[^>"{}]|"[^"]*"|\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\})*)`;

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** A Decap editor component for one component of the kit (see src/lib/editor/components.ts). */
function editorComponent(c) {
  const { name, fields } = c;
  if (c.importsImage) return figureComponent(c);
  if (c.child) {
    const child = c.child;
    const childFields = fields.find((f) => f.name === 'items').fields;
    return {
      id: name,
      label: c.label,
      fields,
      pattern: new RegExp(`^<${name}${ATTRS}>\\n\\n([\\s\\S]*?)\\n\\n</${name}>`, 'u'),
      fromBlock(match) {
        const items = [];
        const itemRe = child.text
          ? new RegExp(`<${child.name}${ATTRS}>\\n\\n([\\s\\S]*?)\\n\\n</${child.name}>`, 'gu')
          : new RegExp(`<${child.name}${ATTRS}/>`, 'gu');
        for (const m of match[2].matchAll(itemRe)) {
          items.push({ ...readAttributes(m[1]), ...(child.text ? { body: unescapeText(m[2]) } : {}) });
        }
        return { ...readAttributes(match[1]), items };
      },
      toBlock(data) {
        const items = (data.items ?? []).map((item) =>
          child.text
            ? `<${child.name}${attributes(childFields, item)}>\n\n${escapeText(item.body)}\n\n</${child.name}>`
            : `<${child.name}${attributes(childFields, item)} />`,
        );
        return `<${name}${attributes(fields, data)}>\n\n${items.join('\n\n')}\n\n</${name}>`;
      },
      toPreview(data) {
        const items = (data.items ?? [])
          .map((i) => `<div><strong>${escapeHtml(i.value ?? i.name)}</strong>${escapeHtml(i.label ?? i.body)}</div>`)
          .join('');
        return `<section class="preview-figures" aria-label="${escapeHtml(data.title ?? c.label)}">${items}</section>`;
      },
    };
  }
  if (c.text) {
    return {
      id: name,
      label: c.label,
      fields,
      pattern: new RegExp(`^<${name}${ATTRS}>\\n\\n([\\s\\S]*?)\\n\\n</${name}>`, 'u'),
      fromBlock: (match) => ({ ...readAttributes(match[1]), body: unescapeText(match[2]) }),
      toBlock: (data) => `<${name}${attributes(fields, data)}>\n\n${escapeText(data.body)}\n\n</${name}>`,
      toPreview(data) {
        if (name === 'InfoBox') {
          const tone = data.tone ?? 'info';
          return `<aside class="info-box info-box--${escapeHtml(tone)}"><p class="info-box__label">${escapeHtml(data.title ?? c.label)}</p><p>${escapeHtml(data.body)}</p></aside>`;
        }
        return `<blockquote><p>${escapeHtml(data.body)}</p><footer>${escapeHtml(data.source)}</footer></blockquote>`;
      },
    };
  }
  return {
    id: name,
    label: c.label,
    fields,
    pattern: new RegExp(`^<${name}${ATTRS}/>`, 'u'),
    fromBlock: (match) => readAttributes(match[1]),
    toBlock: (data) => `<${name}${attributes(fields, data)} />`,
    toPreview: (data) =>
      `<div class="preview-component"><strong>${escapeHtml(c.label)}</strong>: ${escapeHtml(data.title ?? data.label ?? data.name ?? data.url ?? '')}</div>`,
  };
}

/**
 * Figure: its image goes through Astro's image pipeline, so MDX imports it (`import bild from './bild.jpg'`)
 * right above the element; the editor uploads the file beside the entry and writes both.
 */
function figureComponent(c) {
  const { name, fields } = c;
  const binding = (src) =>
    `bild_${String(src)
      .replace(/^.*\//u, '')
      .replace(/\.[^.]*$/u, '')
      .replace(/\W+/gu, '_')}`;
  return {
    id: name,
    label: c.label,
    fields,
    pattern: new RegExp(`^import (\\w+) from '(\\./[^']+)';?\\n\\n<${name}${ATTRS}/>`, 'u'),
    fromBlock: (match) => {
      const data = readAttributes(match[3]);
      delete data.src;
      return { ...data, src: match[2] };
    },
    toBlock(data) {
      const src = String(data.src ?? '');
      const path = src.startsWith('./') ? src : `./${src.replace(/^\/+/u, '')}`;
      const id = binding(path);
      return `import ${id} from '${path}';\n\n<${name} src={${id}}${attributes(fields, data)} />`;
    },
    toPreview: (data, getAsset) => {
      const asset = data.src && getAsset ? getAsset(data.src) : undefined;
      const img = asset
        ? `<img src="${escapeHtml(String(asset))}" alt="${escapeHtml(data.alt)}" style="max-width:100%">`
        : '';
      return `<figure>${img}<figcaption>${escapeHtml(data.caption ?? '')}</figcaption></figure>`;
    },
  };
}

/**
 * Paths of images without their alternative text. The schema requires alt text with every image, but Decap can
 * only make a field required always, and an entry may have no image at all; so the check runs before saving.
 */
function imagesWithoutAlt(value, path = []) {
  if (Array.isArray(value)) return value.flatMap((v, i) => imagesWithoutAlt(v, [...path, i + 1]));
  if (value === null || typeof value !== 'object') return [];
  const here = value.src && String(value.alt ?? '').trim().length < 5 ? [path.join('.')] : [];
  return [...here, ...Object.entries(value).flatMap(([k, v]) => imagesWithoutAlt(v, [...path, k]))];
}

const ALT_MISSING = {
  de: (where) =>
    `Alternativtext fehlt (${where}): Bitte in wenigen Worten beschreiben, was das Bild zeigt (mindestens 5 Zeichen).`,
  en: (where) =>
    `Alternative text missing (${where}): please say in a few words what the image shows (5 characters or more).`,
};

const NAMES = {
  de: { preview: 'Vorschau', body: 'Text', mode: 'Zwischen Rich Text und Markdown umschalten' },
  en: { preview: 'Preview', body: 'Text', mode: 'Switch between rich text and Markdown' },
};

/**
 * Names and roles Decap's interface leaves out (axe: frame-title, aria-input-field-name, button-name,
 * aria-required-attr, nested-interactive), set on the elements as Decap renders them. A stylesheet cannot
 * name an element; each fix keeps what the control does and only says it to assistive technology.
 */
function repairAccessibility() {
  const names = NAMES[LANG];
  for (const frame of document.querySelectorAll('iframe#preview-pane:not([title])')) frame.title = names.preview;
  for (const box of document.querySelectorAll('[data-slate-editor]:not([aria-label])'))
    box.setAttribute('aria-label', names.body);
  // The rich text / Markdown switch: a button without name or state; as a named button it needs neither.
  for (const toggle of document.querySelectorAll('button[role="switch"]:not([aria-checked])')) {
    toggle.removeAttribute('role');
    toggle.setAttribute('aria-label', names.mode);
  }
  // Toolbar menus (headings, components): a span acting as button around a real button. The inner button
  // keeps focus and name; clicks and keys reach the span's handlers by bubbling.
  for (const wrapper of document.querySelectorAll('span[aria-haspopup]')) {
    const inner = wrapper.querySelector('button');
    if (!inner) continue;
    inner.setAttribute('aria-haspopup', 'true');
    inner.setAttribute('aria-expanded', wrapper.getAttribute('aria-expanded') ?? 'false');
    for (const name of ['role', 'tabindex', 'aria-haspopup', 'aria-expanded']) wrapper.removeAttribute(name);
  }
}

/**
 * The preview of an MDX entry as the page shows it: title, teaser, cover image and the text with the kit's
 * components (their previews above), in the site's stylesheet (preview.css). Decap's default preview lists
 * every field as raw data (keys such as "pilot" and "06435"), which a new editor took for the page itself.
 */
function entryPreview({ entry, widgetFor, getAsset }) {
  const h = window.h;
  const data = entry.get('data');
  const image = data.getIn(['heroImage', 'src']);
  const asset = image ? getAsset(image) : undefined;
  return h(
    'main',
    { className: 'entry' },
    h('h1', null, data.get('title') ?? ''),
    h('p', { className: 'lead' }, data.get('teaser') ?? ''),
    asset
      ? h('img', { src: asset.toString(), alt: data.getIn(['heroImage', 'alt']) ?? '', style: { maxWidth: '100%' } })
      : null,
    h('div', { className: 'prose' }, widgetFor('body')),
  );
}

async function start() {
  const response = await fetch(`settings.${LANG}.json`);
  if (!response.ok) {
    document.body.textContent = await response.text();
    return;
  }
  const { config, components } = await response.json();
  const CMS = window.CMS;
  CMS.registerPreviewStyle('preview.css');
  for (const collection of config.collections) {
    if (collection.extension === 'mdx') CMS.registerPreviewTemplate(collection.name, entryPreview);
  }
  for (const c of components) CMS.registerEditorComponent(editorComponent(c));
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const missing = imagesWithoutAlt(entry.get('data').toJS());
      if (missing.length > 0) throw new Error(ALT_MISSING[LANG](missing.join(', ')));
    },
  });
  CMS.init({ config });
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      repairAccessibility();
    });
  }).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['role', 'aria-expanded', 'aria-haspopup'],
  });
}

window.addEventListener('load', () => {
  start().catch((error) => {
    document.body.textContent = String(error);
  });
});
