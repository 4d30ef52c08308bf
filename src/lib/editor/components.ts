/**
 * The MDX kit as the browser editor's "components" (buttons that insert an info box, a quote, key figures …
 * through a small form, so that editors never type JSX), generated from the components' props schemas in
 * src/lib/mdx/props.ts — the same ones `npm run check` validates MDX against. src/editor/editor.js turns each
 * description into a Decap editor component and writes the element back as MDX the check accepts.
 */
import type { Lang } from '../../config/languages.ts';
import { checkCatalog } from '../../i18n/catalog.ts';
import propLabels from './props.json' with { type: 'json' };
import { COMPONENT_DOCS } from '../mdx/docs.ts';
import { COMPONENT_NAMES, PARENT_OF, PROPS, type ComponentName } from '../mdx/props.ts';
import { fieldOf, type Field } from '../contentCheck/schemaTree.ts';
import { ui } from '../i18n.ts';
import type { EditorField } from './config.ts';

export interface EditorComponent {
  name: ComponentName;
  label: string;
  fields: EditorField[];
  /** The text between the tags, as the field `body`. */
  text: boolean;
  /** A component made of child elements (KeyFigures → KeyFigure): the list field `items` holds them. */
  child?: { name: ComponentName; text: boolean };
  /** Figure: the image is imported below the frontmatter (`import bild from './bild.jpg'`). */
  importsImage: boolean;
}

/** Components whose text goes between their tags (their .astro files render a <slot />). */
const TAKES_TEXT: readonly ComponentName[] = ['InfoBox', 'Quote', 'Phase'];

/** Labels of the props, by name (the same words in every component): a message catalog, ./props.json. */
const PROP_LABELS: Record<string, Record<Lang, string>> = checkCatalog(propLabels, 'src/lib/editor/props.json');

function propField(name: string, field: Field, lang: Lang): EditorField {
  const label = PROP_LABELS[name]?.[lang] ?? name;
  const required = !field.optional && !field.hasDefault;
  const base: EditorField = { name, label, widget: 'string', required };
  const node = field.node;
  if (node.kind === 'enum') {
    // The info box's tones by the words the page shows for them ("Hinweis", "Tipp", "Achtung").
    const tones: Record<string, string> = ui(lang).mdx.infoBox;
    const options = node.values.map((v) => (name === 'tone' && tones[v] ? { value: v, label: tones[v] } : v));
    return { ...base, widget: 'select', options, ...(field.hasDefault ? { default: field.default } : {}) };
  }
  if (node.kind === 'boolean') return { ...base, widget: 'boolean', required: false, default: false };
  // Figure's src is an imported image (an object once Astro has read it): the editor uploads a file.
  if (name === 'src') return { ...base, widget: 'image', choose_url: false };
  if (name === 'alt')
    return { ...base, pattern: ['^[\\s\\S]{5,}$', lang === 'de' ? 'mindestens 5 Zeichen' : 'at least 5 characters'] };
  return base;
}

function propsFields(name: ComponentName, lang: Lang): EditorField[] {
  const tree = fieldOf(PROPS[name]).node;
  if (tree.kind !== 'object') throw new Error(`the props of ${name} are not an object`);
  return Object.entries(tree.fields).map(([k, f]) => propField(k, f, lang));
}

const bodyField = (lang: Lang): EditorField => ({
  name: 'body',
  label: PROP_LABELS.body![lang],
  widget: 'text',
  required: true,
});

/** Every component an editor may insert (children such as KeyFigure come with their parent), in one language. */
export function editorComponents(lang: Lang): EditorComponent[] {
  const children = new Map(Object.entries(PARENT_OF).map(([child, parent]) => [parent, child as ComponentName]));
  return COMPONENT_NAMES.filter((n) => !PARENT_OF[n]).map((name) => {
    const fields = propsFields(name, lang);
    const text = TAKES_TEXT.includes(name);
    if (text) fields.push(bodyField(lang));
    const childName = children.get(name);
    let child: EditorComponent['child'];
    if (childName) {
      const childText = TAKES_TEXT.includes(childName);
      const childFields = propsFields(childName, lang);
      if (childText) childFields.push(bodyField(lang));
      fields.push({
        name: 'items',
        label: COMPONENT_DOCS[childName].label[lang],
        widget: 'list',
        required: true,
        min: 1,
        fields: childFields,
        summary: `{{fields.${childFields[0]!.name}}}`,
      });
      child = { name: childName, text: childText };
    }
    return {
      name,
      label: COMPONENT_DOCS[name].label[lang],
      fields,
      text,
      ...(child ? { child } : {}),
      importsImage: name === 'Figure',
    };
  });
}
