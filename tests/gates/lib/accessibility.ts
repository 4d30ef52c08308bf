/**
 * The accessibility checks for one loaded page, in a real Chromium. tests/gates/lib/crawl.ts loads every page
 * in four modes — 1280 px and 390 px wide, each in the light and the dark colour scheme — and runs, per mode:
 *
 *   every mode   axe: the WCAG 2.1 A and AA rules, the experimental ones among them (off in axe by default),
 *                and the landmark/heading best practices (STRUCTURE_RULES)
 *   light        keyboard walk: every control reachable with Tab, in reading order, no trap, the first stop a
 *                skip link to the main content; visible focus on each element look reached; the accessible name
 *                of a control contains the words it shows (WCAG 2.5.3, word for word: axe compares characters)
 *   dark         visible focus again (its contrast depends on the scheme)
 *   desktop      landmarks, one h1 and no skipped heading level, links in running text told apart by more than
 *   light        colour, and the skip link's effect (Enter on it, then Tab lands in the main content)
 *   phone light  reflow: at 320 CSS px (1280 px at 400 % zoom) nothing scrolls or sticks out sideways
 *
 * Visible focus is measured, not guessed from CSS: for each Tab stop, a screenshot of the element and 32 px
 * around it focused and blurred; the indicator passes when enough pixels change with a contrast of at least
 * 3:1 between the two states (WCAG 2.4.7 with 1.4.11). Elements that look alike (same tag and classes, up to
 * two ancestors, same style sheets on the page) draw focus alike, so each look is measured once per mode and run.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import axeCore from 'axe-core';
import type { CDPSession, Page } from 'playwright-core';
import { clip } from './findings.ts';
import { compareStates, decodeScreenshot } from './pixels.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * axe's experimental rules that test a WCAG 2.1 A/AA criterion (label-content-name-mismatch, p-as-heading,
 * css-orientation-lock, table-fake-caption, td-has-header in axe 4.13), read from axe's own metadata so that a
 * newer axe brings its new ones. axe leaves them out unless asked (issue 15).
 */
export const EXPERIMENTAL_WCAG_RULES: readonly string[] = axeCore
  .getRules(['experimental'])
  .filter((rule) => rule.tags.some((tag) => WCAG_TAGS.includes(tag)))
  .map((rule) => rule.ruleId);
/** axe best-practice rules about structure, run alongside the WCAG rules. */
export const STRUCTURE_RULES = [
  'region',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'page-has-heading-one',
  'empty-heading',
  'skip-link',
];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
export type Viewport = keyof typeof VIEWPORTS;
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];
/** The narrowest width the page must reflow to (WCAG 1.4.10: 1280 px at 400 % zoom). */
export const REFLOW_VIEWPORT = { width: 320, height: 640 };

export interface Mode {
  viewport: Viewport;
  scheme: Scheme;
}
/** Every viewport in every scheme: the modes each page is loaded in. */
export const MODES: readonly Mode[] = (Object.keys(VIEWPORTS) as Viewport[]).flatMap((viewport) =>
  SCHEMES.map((scheme) => ({ viewport, scheme })),
);
/** `desktop`, `desktop-dark`, `phone`, `phone-dark`: how findings name the mode (`axe image-alt @phone-dark`). */
export const modeName = (mode: Mode): string => (mode.scheme === 'light' ? mode.viewport : `${mode.viewport}-dark`);

/** Margin around a focused element in which its focus indicator must show. */
const FOCUS_MARGIN = 32;

// ---------------------------------------------------------------------------------------------------------
// In-page helpers, installed in every document of the gate's tabs (as window.__gate). They run in the
// browser, so they must be self-contained: no imports, nothing from this module's scope.

interface FocusInfo {
  key: string;
  /** Position among the marked candidates (DOM order), or -1 for an element that was not expected. */
  index: number;
  desc: string;
  signature: string;
  rect: { x: number; y: number; width: number; height: number };
  viewport: { width: number; height: number };
  /** How far the page is scrolled: the rect's origin in the document. */
  scroll: { x: number; y: number };
  /** For a link to a fragment: whether the target exists, and whether it is or holds the main content. */
  fragment: { id: string; exists: boolean; isMain: boolean } | null;
}

interface GateHelpers {
  describe: (el: Element) => string;
  markTabbables: () => string[];
  focused: (n: number) => FocusInfo | null;
  /** Starts logging every element that receives focus. */
  record: () => void;
  /** The focus log since record(), and whether focus is now on an element of the page. */
  recorded: () => { log: FocusInfo[]; onElement: boolean };
  afterMain: () => boolean;
  /**
   * Puts the page back as a fresh load leaves it for the keyboard: nothing focused, scrolled to the top, and the
   * next Tab going to the first Tab stop (not on from the element focused last).
   */
  fromTop: () => void;
  structure: () => { rule: string; detail: string }[];
  /** Controls whose accessible name (aria-label/-labelledby) does not contain the words they show. */
  labelInName: () => string[];
  reflow: () => string[];
  /**
   * Where every element is and whether it shows, as a hash: equal in two colour schemes means that only colours
   * differ between them (the same boxes, nothing shown or hidden), so axe's other rules find the same in both.
   */
  layoutPrint: () => string;
  /** Takes the at-rest look of every marked element again, nothing focused (after a scheme switch). */
  restAgain: () => void;
  /** Focuses the elements of `keys` one after another, by script, and returns what focused() says of each. */
  looksOf: (keys: string[]) => FocusInfo[];
  /**
   * Readies the page for a screenshot as Playwright's `animations: 'disabled', caret: 'hide'` does: finite
   * animations and transitions jump to their end, infinite ones are stopped, text carets are transparent. Called
   * again after a change (a blur) to settle the transitions the change started.
   */
  holdStill: () => void;
  /** Undoes holdStill() — carets as they were, infinite animations running again —, then focuses `key`. */
  release: (key: string) => void;
}

declare global {
  interface Window {
    __gate: GateHelpers;
  }
}

function installGateHelpers(): void {
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const classes = [...el.classList].map((c) => `.${c}`).join('');
    const label =
      el.getAttribute('aria-label') || el.getAttribute('alt') || (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const text = label ? ` "${label.length > 40 ? `${label.slice(0, 39)}…` : label}"` : '';
    return `${el.tagName.toLowerCase()}${id}${classes}${text}`;
  };
  // An element's look: what decides how its focus indicator shows. Elements with the same look draw focus alike,
  // so the gate measures one of them (per mode and crawl). It is the element's tag and classes and those of two
  // ancestors, plus the computed styles that paint an indicator — of the element, its ::before/::after and its
  // first descendants, at rest and focused —, the background behind it and whether an ancestor clips it.
  const PAINT = [
    'display',
    'color',
    'background-color',
    'background-image',
    'border-color',
    'border-style',
    'border-width',
    'border-radius',
    'outline-color',
    'outline-style',
    'outline-width',
    'outline-offset',
    'box-shadow',
    'text-decoration-line',
    'text-decoration-color',
    'text-decoration-thickness',
    'text-underline-offset',
    'opacity',
    'filter',
    'transform',
  ];
  const PSEUDO_PAINT = ['content', 'background-color', 'border-color', 'border-style', 'box-shadow', 'outline-style'];
  const paint = (el: Element): string => {
    const own = getComputedStyle(el);
    const parts = PAINT.map((p) => own.getPropertyValue(p));
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      parts.push(PSEUDO_PAINT.map((p) => style.getPropertyValue(p)).join(','));
    }
    for (const child of [...el.querySelectorAll('*')].slice(0, 5)) {
      const style = getComputedStyle(child);
      parts.push(
        `${child.tagName}:${['color', 'background-color', 'text-decoration-line', 'outline-style', 'box-shadow'].map((p) => style.getPropertyValue(p)).join(',')}`,
      );
    }
    return parts.join('|');
  };
  const context = (el: Element): string => {
    let background = '';
    const clips: string[] = [];
    for (let node = el.parentElement, depth = 0; node; node = node.parentElement, depth++) {
      const style = getComputedStyle(node);
      if (depth < 4) clips.push(style.overflowX === 'visible' && style.overflowY === 'visible' ? 'v' : 'c');
      const colour = style.backgroundColor;
      if (
        !background &&
        ((colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') || style.backgroundImage !== 'none')
      ) {
        background = `${colour} ${style.backgroundImage}`;
      }
      if (background && depth >= 3) break;
    }
    return `${background || 'canvas'} ${clips.join('')}`;
  };
  const hashOf = (text: string): string => {
    let hash = 0;
    for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    return (hash >>> 0).toString(36);
  };
  /** The look of each marked element at rest, taken before anything is focused (markTabbables). */
  const atRest = new WeakMap<Element, string>();
  const look = (el: Element): string => {
    const parts: string[] = [];
    let node: Element | null = el;
    for (let i = 0; node && i < 3; i++, node = node.parentElement) {
      parts.push(`${node.tagName.toLowerCase()}${[...node.classList].map((c) => `.${c}`).join('')}`);
    }
    const styles = `${atRest.get(el) ?? ''} → ${paint(el)} ${context(el)}`;
    return `${parts.join('<')}${el.hasAttribute('aria-current') ? '[aria-current]' : ''} ${hashOf(styles)}`;
  };
  const shown = (el: Element): boolean =>
    el.getClientRects().length > 0 && el.checkVisibility({ checkVisibilityCSS: true, checkOpacity: false });

  const CANDIDATES = [
    'a[href]',
    'area[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'summary',
    'iframe',
    '[tabindex]',
    '[contenteditable=""]',
    '[contenteditable="true"]',
    'audio[controls]',
    'video[controls]',
    ...['button', 'link', 'checkbox', 'switch', 'tab', 'menuitem', 'textbox', 'combobox', 'slider', 'spinbutton'].map(
      (r) => `[role="${r}"]`,
    ),
  ].join(',');
  const INTERACTIVE = 'a[href], area[href], button, input, select, textarea, summary, [role]';

  /** What holdStill() changed, for release(). */
  const carets = new Map<HTMLElement, [string, string]>();
  const stopped = new Set<Animation>();

  window.__gate = {
    describe,
    markTabbables() {
      const out: string[] = [];
      for (const el of document.querySelectorAll('[data-gate-kbd]')) el.removeAttribute('data-gate-kbd');
      for (const el of document.querySelectorAll(CANDIDATES)) {
        if (el.hasAttribute('disabled') || el.closest('[aria-hidden="true"], [inert]')) continue;
        // tabindex="-1" on a non-interactive element is a programmatic focus target (<main tabindex="-1">).
        if (el.getAttribute('tabindex') === '-1' && !el.matches(INTERACTIVE)) continue;
        // A radio group is one Tab stop: the checked radio, or the first of the group.
        if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
          const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"]`)].filter(
            (r) => r.name === el.name && r.form === el.form,
          );
          const stop = group.find((r) => r.checked) ?? group[0];
          if (stop !== el) continue;
        }
        if (!shown(el)) continue;
        atRest.set(el, paint(el));
        el.setAttribute('data-gate-kbd', String(out.length));
        out.push(describe(el));
      }
      return out;
    },
    focused(n) {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      if (!el.hasAttribute('data-gate-kbd')) el.setAttribute('data-gate-kbd', `u${n}`);
      const key = el.getAttribute('data-gate-kbd') ?? '';
      const r = el.getBoundingClientRect();
      let fragment: FocusInfo['fragment'] = null;
      const href = el.getAttribute('href');
      if (el.tagName === 'A' && href && href.startsWith('#') && href.length > 1) {
        const id = decodeURIComponent(href.slice(1));
        const target = document.getElementById(id);
        const main = document.querySelector('main, [role="main"]');
        fragment = { id, exists: !!target, isMain: !!target && !!main && (target === main || main.contains(target)) };
      }
      return {
        key,
        index: /^\d+$/.test(key) ? Number(key) : -1,
        desc: describe(el),
        signature: look(el),
        rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
        scroll: { x: window.scrollX, y: window.scrollY },
        fragment,
      };
    },
    record() {
      // A new log; the listener is added once per document (a page is walked again after its scheme switched).
      const w = window as unknown as { __gateLog: FocusInfo[]; __gateListening?: boolean };
      w.__gateLog = [];
      if (w.__gateListening) return;
      w.__gateListening = true;
      document.addEventListener('focusin', () => {
        const info = window.__gate.focused(w.__gateLog.length);
        if (info) w.__gateLog.push(info);
      });
    },
    recorded() {
      const el = document.activeElement;
      return {
        log: [...((window as unknown as { __gateLog?: FocusInfo[] }).__gateLog ?? [])],
        onElement: !!el && el !== document.body && el !== document.documentElement,
      };
    },
    fromTop() {
      // Chromium's sequential focus navigation continues from the element that had focus last, even after blur();
      // focusing the root element (for an instant focusable) moves that starting point to the top of the page.
      const root = document.documentElement;
      const had = root.getAttribute('tabindex');
      root.setAttribute('tabindex', '-1');
      root.focus({ preventScroll: true });
      root.blur();
      if (had === null) root.removeAttribute('tabindex');
      else root.setAttribute('tabindex', had);
      window.scrollTo(0, 0);
    },
    afterMain() {
      const el = document.activeElement;
      const main = document.querySelector('main, [role="main"]');
      if (!el || !main) return false;
      return (
        main === el || main.contains(el) || !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    },
    structure() {
      const problems: { rule: string; detail: string }[] = [];
      // Headings, in document order, as assistive technology lists them.
      const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
        .filter((h) => !h.closest('[aria-hidden="true"]') && h.getClientRects().length > 0)
        .map((h) => ({
          el: h,
          level: /^H\d$/.test(h.tagName) ? Number(h.tagName[1]) : Number(h.getAttribute('aria-level') || 2),
        }));
      const ones = headings.filter((h) => h.level === 1);
      if (ones.length !== 1) {
        problems.push({
          rule: 'heading-one-h1',
          detail: `${ones.length} level-1 headings (${ones.map((h) => describe(h.el)).join(', ') || 'none'}), one expected`,
        });
      }
      const main = document.querySelector('main, [role="main"]');
      const firstInMain = headings.find((h) => main?.contains(h.el));
      if (firstInMain && firstInMain.level !== 1) {
        problems.push({
          rule: 'heading-first-is-h1',
          detail: `the main content starts with a level-${firstInMain.level} heading: ${describe(firstInMain.el)}`,
        });
      }
      for (let i = 1; i < headings.length; i++) {
        const [a, b] = [headings[i - 1], headings[i]];
        if (b.level > a.level + 1) {
          problems.push({
            rule: 'heading-skip',
            detail: `${describe(a.el)} (level ${a.level}) is followed by ${describe(b.el)} (level ${b.level})`,
          });
        }
      }
      // Landmarks: the page frame every page shares.
      const topLevel = 'article, aside, main, nav, section';
      const found = {
        banner: [...document.querySelectorAll('header')].some((h) => !h.parentElement?.closest(topLevel)),
        navigation: !!document.querySelector('nav, [role="navigation"]'),
        main: !!main,
        contentinfo: [...document.querySelectorAll('footer')].some((f) => !f.parentElement?.closest(topLevel)),
      };
      found.banner ||= !!document.querySelector('[role="banner"]');
      found.contentinfo ||= !!document.querySelector('[role="contentinfo"]');
      const missing = Object.entries(found)
        .filter(([, ok]) => !ok)
        .map(([name]) => name);
      if (missing.length > 0)
        problems.push({ rule: 'landmarks', detail: `missing landmark(s): ${missing.join(', ')}` });
      // Links inside running text must differ from it by more than colour (WCAG 1.4.1).
      const weak: string[] = [];
      for (const a of document.querySelectorAll('main a[href], footer a[href]')) {
        const block = a.parentElement?.closest('p, li, dd, td, th, figcaption, blockquote, dt');
        if (!block || !shown(a)) continue;
        const own = (a.textContent ?? '').replace(/\s+/g, '').length;
        const around = (block.textContent ?? '').replace(/\s+/g, '').length - own;
        if (around < 3) continue; // the link stands alone in its block
        const style = getComputedStyle(a);
        const blockStyle = getComputedStyle(block);
        const underlined = style.textDecorationLine.includes('underline');
        const bordered = style.borderBottomStyle !== 'none' && parseFloat(style.borderBottomWidth) > 0;
        const heavier = Math.abs(Number(style.fontWeight) - Number(blockStyle.fontWeight)) >= 200;
        if (!underlined && !bordered && !heavier) weak.push(describe(a));
      }
      if (weak.length > 0) {
        problems.push({
          rule: 'link-colour-only',
          detail: `${weak.length} link(s) in running text differ from it by colour alone: ${weak.slice(0, 4).join('; ')}`,
        });
      }
      return problems;
    },
    labelInName() {
      // WCAG 2.5.3: a control that shows text must have that text in its accessible name, word for word, so that
      // a speech-input user can say what they see. axe's label-content-name-mismatch compares characters, not
      // words ("EN" passes inside "English version"), so the gate checks the words itself.
      const words = (text: string) =>
        text
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()
          .split(' ')
          .filter((w) => w !== '');
      const contains = (haystack: string[], needle: string[]) =>
        haystack.some((_, i) => needle.every((w, j) => haystack[i + j] === w));
      // Text a sighted reader sees: text nodes in shown elements that are not visually hidden (a 1×1 px box).
      const visibleText = (root: Element): string => {
        let text = '';
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !shown(parent)) continue;
          let hidden = false;
          for (let el: Element | null = parent; el && !hidden; el = el === root ? null : el.parentElement) {
            const r = el.getBoundingClientRect();
            hidden = r.width <= 1 && r.height <= 1;
          }
          if (!hidden) text += ` ${node.textContent ?? ''}`;
        }
        return text;
      };
      const problems: string[] = [];
      const NAMED_BY_CONTENT =
        'a[href], button, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"]';
      for (const el of document.querySelectorAll('[aria-label], [aria-labelledby]')) {
        if (!el.matches(NAMED_BY_CONTENT) || el.closest('[aria-hidden="true"], [inert]') || !shown(el)) continue;
        const labelledBy = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/u).filter((id) => id !== '');
        const name =
          labelledBy.length > 0
            ? labelledBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
            : (el.getAttribute('aria-label') ?? '');
        const shownWords = words(visibleText(el));
        // Nothing to say (an icon, a picture) or a symbol like "×": WCAG 2.5.3 does not apply.
        if (shownWords.length === 0 || (shownWords.length === 1 && shownWords[0].length === 1)) continue;
        if (!contains(words(name), shownWords)) {
          problems.push(`${describe(el)} shows "${shownWords.join(' ')}" but is named "${name.trim()}"`);
        }
      }
      return problems;
    },
    reflow() {
      const problems: string[] = [];
      const root = document.documentElement;
      const width = root.clientWidth;
      if (root.scrollWidth > width + 1) {
        problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in a ${width} px viewport`);
      }
      // Content that sticks out even when html/body hide the overflow. Inside a scroll box it's allowed
      // (WCAG 1.4.10 exempts e.g. data tables); clipping boxes below body hide it on purpose.
      const sticking: string[] = [];
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.right <= width + 1) continue;
        let contained = false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const ox = getComputedStyle(p).overflowX;
          if (ox !== 'visible') {
            contained = true;
            break;
          }
        }
        if (contained) continue;
        const parent = el.parentElement;
        if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
        sticking.push(`${describe(el)} reaches ${Math.round(r.right)} px`);
      }
      if (sticking.length > 0) problems.push(`wider than ${width} px: ${sticking.slice(0, 4).join('; ')}`);
      return problems;
    },
    layoutPrint() {
      const boxes: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        const shows = el.getClientRects().length > 0 && el.checkVisibility({ checkVisibilityCSS: true });
        boxes.push(
          `${Math.round(r.x + scrollX)},${Math.round(r.y + scrollY)},${Math.round(r.width)},${Math.round(r.height)},${shows ? 1 : 0}`,
        );
      }
      return `${boxes.length}:${hashOf(boxes.join(';'))}`;
    },
    restAgain() {
      (document.activeElement as HTMLElement | null)?.blur();
      for (const el of document.querySelectorAll('[data-gate-kbd]')) atRest.set(el, paint(el));
    },
    looksOf(keys) {
      const out: FocusInfo[] = [];
      for (const key of keys) {
        document.querySelector<HTMLElement>(`[data-gate-kbd="${key}"]`)?.focus({ preventScroll: true });
        const info = window.__gate.focused(-1);
        if (info?.key === key) out.push(info);
      }
      (document.activeElement as HTMLElement | null)?.blur();
      return out;
    },
    holdStill() {
      for (const el of document.querySelectorAll<HTMLElement>('input, textarea, [contenteditable]')) {
        if (!carets.has(el)) {
          carets.set(el, [el.style.getPropertyValue('caret-color'), el.style.getPropertyPriority('caret-color')]);
        }
        el.style.setProperty('caret-color', 'transparent', 'important');
      }
      for (const animation of document.getAnimations()) {
        if (!animation.effect || animation.playbackRate === 0 || stopped.has(animation)) continue;
        try {
          if (Number.isFinite(animation.effect.getComputedTiming().endTime)) animation.finish();
          else {
            animation.cancel();
            stopped.add(animation);
          }
        } catch {
          // an animation that cannot finish (e.g. a scroll-driven one) stays as it is, as in Playwright
        }
      }
    },
    release(key) {
      for (const [el, [value, priority]] of carets) el.style.setProperty('caret-color', value, priority);
      carets.clear();
      for (const animation of stopped) {
        try {
          animation.play();
        } catch {
          // as in Playwright: an animation that cannot resume stays stopped
        }
      }
      stopped.clear();
      document.querySelector<HTMLElement>(`[data-gate-kbd="${key}"]`)?.focus({ preventScroll: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------

/** The in-page helpers, for `context.addInitScript`: every document the context loads gets `window.__gate`. */
export const gateHelpers = installGateHelpers;

export interface Problem {
  rule: string;
  detail: string;
}

/** axe as published. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's colour rules parse the same few CSS colour strings thousands of times per run (every element of every
 * background stack; 4 of every 10 ms of color-contrast went there, measured on a list page). Parsing is a pure
 * function of the string — it sets the colour's channels and alpha, or throws —, so the result is remembered per
 * string and set again through the same setters: what axe computes and reports is unchanged. Runs in the page,
 * after axe: self-contained. An axe whose Color has no parseString is left as it is.
 */
export function rememberParsedColours(): void {
  type Channels = { r: number; g: number; b: number; alpha: number; parseString: (text: string) => Channels };
  const Color = (window as unknown as { axe?: { commons?: { color?: { Color?: { prototype: Channels } } } } }).axe
    ?.commons?.color?.Color;
  const parse = Color?.prototype.parseString;
  if (!Color || typeof parse !== 'function') return;
  const parsed = new Map<string, [number, number, number, number]>();
  Color.prototype.parseString = function (this: Channels, text: string) {
    const known = parsed.get(text);
    if (!known) {
      parse.call(this, text); // throws on a colour it cannot parse, as before: nothing remembered
      parsed.set(text, [this.r, this.g, this.b, this.alpha]);
      return this;
    }
    [this.r, this.g, this.b, this.alpha] = known;
    return this;
  };
}

/**
 * axe itself, for the pages it runs in (it is not part of the page otherwise). As an init script
 * (`context.addInitScript(AXE_SCRIPT)`, as the crawl does), every document gets it before its own scripts, and
 * Chromium compiles it once per renderer instead of once per page: evaluated into each page, compiling axe took
 * about 0.1 s of CPU per load. `axe()` evaluates it into a page that lacks it.
 */
export const AXE_SCRIPT = `${AXE_SOURCE}
;(${rememberParsedColours.toString()})();`;
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: WCAG_TAGS },
  rules: Object.fromEntries([...STRUCTURE_RULES, ...EXPERIMENTAL_WCAG_RULES].map((r) => [r, { enabled: true }])),
  // Only violations, and no report of what passed: axe then skips building it.
  resultTypes: ['violations'],
  reporter: 'no-passes',
} satisfies axeCore.RunOptions;

/**
 * The rules of that set that look at colours (axe's category `cat.color`: color-contrast, link-in-text-block).
 * In a second colour scheme with the same layout (`layoutPrint`), they are the ones whose findings can differ.
 */
export const COLOUR_RULES: readonly string[] = axeCore
  .getRules(['cat.color'])
  .filter(
    (rule) =>
      rule.tags.some((tag) => WCAG_TAGS.includes(tag)) ||
      [...STRUCTURE_RULES, ...EXPERIMENTAL_WCAG_RULES].includes(rule.ruleId),
  )
  .map((rule) => rule.ruleId);

/**
 * axe in the page, without a wrapper: axe.run in the page itself, and only a summary of each violation comes
 * back. (@axe-core/playwright took half as long again per run: it serialises axe's whole report.)
 */
export async function axe(page: Page, only?: readonly string[]): Promise<Problem[]> {
  const options: axeCore.RunOptions = only
    ? { ...AXE_OPTIONS, runOnly: { type: 'rule', values: [...only] }, rules: {} }
    : AXE_OPTIONS;
  const run = () =>
    page.evaluate(async (options) => {
      const inPage = (window as unknown as { axe?: typeof axeCore }).axe;
      if (!inPage) return null; // not loaded yet: evaluated into the page below, then run again
      const results = await inPage.run(document, options);
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        count: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        summary: v.nodes[0]?.failureSummary ?? '',
      }));
    }, options);
  let violations = await run();
  if (!violations) {
    await page.evaluate(AXE_SCRIPT);
    violations = (await run()) ?? [];
  }
  return violations.map((v) => ({
    rule: `axe ${v.id}`,
    detail: `${v.impact ?? 'n/a'}: ${v.help} — ${v.count} element(s): ${v.targets.join(' | ')}${
      v.count > 3 ? ' …' : ''
    } — ${clip(v.summary, 200)}`,
  }));
}

/** One Chrome DevTools Protocol session per page, for screenshots. */
const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * A PNG of `area` (CSS px of the viewport) as it is on screen now. Straight through the DevTools protocol:
 * Playwright's page.screenshot prepares and restores the page in extra round trips around each capture (its
 * `animations: 'disabled', caret: 'hide'`, which holdStill() does once for both states).
 */
async function capture(
  page: Page,
  area: { x: number; y: number; width: number; height: number },
  scroll: FocusInfo['scroll'],
): Promise<Buffer> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    cdpSessions.set(page, session);
  }
  const cdp = await session;
  const clip = { ...area, x: area.x + scroll.x, y: area.y + scroll.y, scale: 1 }; // in the document
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true, clip });
  return Buffer.from(data, 'base64');
}

/**
 * Screenshots the element focused and blurred, and says what is wrong with its indicator (or null). The page is
 * held still (holdStill) since the element got focus; it is left blurred.
 */
async function focusIndicatorProblem(page: Page, f: FocusInfo): Promise<string | null> {
  const { rect, viewport } = f;
  const x0 = Math.max(0, Math.floor(rect.x - FOCUS_MARGIN));
  const y0 = Math.max(0, Math.floor(rect.y - FOCUS_MARGIN));
  const x1 = Math.min(viewport.width, Math.ceil(rect.x + rect.width + FOCUS_MARGIN));
  const y1 = Math.min(viewport.height, Math.ceil(rect.y + rect.height + FOCUS_MARGIN));
  if (x1 - x0 < 2 || y1 - y0 < 2 || rect.x + rect.width <= 0 || rect.y + rect.height <= 0) {
    return 'the focused element is outside the viewport';
  }
  const area = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  const focused = await capture(page, area, f.scroll);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.__gate.holdStill();
  });
  const blurred = await capture(page, area, f.scroll);
  const { changed, contrasting } = compareStates(await decodeScreenshot(focused), await decodeScreenshot(blurred));
  // At least as many pixels as a 1 px line under the element (capped for very wide elements).
  const needed = Math.max(8, Math.min(200, Math.round(rect.width)));
  if (changed === 0) return 'nothing changes on screen when it gets focus';
  if (contrasting < needed) {
    return `focus indicator too faint: ${contrasting} px change with ≥ 3:1 contrast (${changed} change at all), ${needed} needed`;
  }
  return null;
}

/**
 * Tabs through the freshly loaded page and checks reachability, order, traps and that the first stop is a skip
 * link. The page logs every focus change itself; the presses come in batches until focus wraps around or
 * leaves the page. Returns the problems and the Tab stops in order, one round (for `focusLooks`).
 */
async function keyboardWalk(page: Page): Promise<{ problems: Problem[]; walked: FocusInfo[] }> {
  const problems: Problem[] = [];
  const expected = await page.evaluate(() => {
    window.__gate.record();
    return window.__gate.markTabbables();
  });
  let log: FocusInfo[] = [];
  let trapped = false;
  for (let batch = 0; batch < 3; batch++) {
    // The presses are sent without waiting for each other (Chromium handles them in order, as from a fast
    // typist): a third of the time and of the renderer's work of pressing one at a time, the same walk.
    await Promise.all(Array.from({ length: expected.length + 3 }, () => page.keyboard.press('Tab')));
    const state = await page.evaluate(() => window.__gate.recorded());
    const wrapped = new Set(state.log.map((f) => f.key)).size < state.log.length;
    trapped = state.onElement && !wrapped && state.log.length === log.length;
    log = state.log;
    if (wrapped || !state.onElement || trapped) break;
  }

  const reached = new Set<number>();
  const walked: FocusInfo[] = [];
  const outOfOrder: string[] = [];
  let last: FocusInfo | null = null; // the last expected element reached
  for (const f of log) {
    if (walked.some((w) => w.key === f.key)) break; // back at the start: the walk is complete
    if (walked.length === 0) {
      if (!f.fragment) {
        problems.push({ rule: 'skip-link', detail: `the first Tab stop is ${f.desc}, not a link to the main content` });
      } else if (!f.fragment.exists || !f.fragment.isMain) {
        problems.push({
          rule: 'skip-link',
          detail: `the first Tab stop ${f.desc} points to #${f.fragment.id}, which ${
            f.fragment.exists ? 'is not the main content' : 'does not exist'
          }`,
        });
      }
    }
    walked.push(f);
    if (f.index >= 0) {
      reached.add(f.index);
      if (last && last.index > f.index) outOfOrder.push(`${last.desc} → ${f.desc}`);
      last = f;
    }
  }
  if (trapped && log.length > 0) {
    problems.push({ rule: 'keyboard-trap', detail: `Tab stays on ${log[log.length - 1].desc}` });
  }
  if (outOfOrder.length > 0) {
    problems.push({
      rule: 'focus-order',
      detail: `Tab order differs from reading order: ${outOfOrder.slice(0, 3).join('; ')}`,
    });
  }
  const missing = expected.filter((_, i) => !reached.has(i));
  if (missing.length > 0) {
    problems.push({
      rule: 'keyboard-unreachable',
      detail: `${missing.length} interactive element(s) cannot be reached with Tab: ${missing.slice(0, 4).join('; ')}`,
    });
  }
  return { problems, walked };
}

/**
 * Visible focus: of the elements Tab reached, one per look not yet verified in this mode is focused and its
 * indicator measured, each in the :focus-visible state that Tab gives it. The last one measured stays focused,
 * as the measuring left it before.
 */
async function focusLooks(
  page: Page,
  verified: Set<string>,
  reached: readonly FocusInfo[],
): Promise<{ problems: Problem[]; measured: number }> {
  const todo = new Map<string, string>();
  for (const { key, signature } of reached) {
    if (!verified.has(signature) && !todo.has(signature)) todo.set(signature, key);
  }
  const problems: Problem[] = [];
  let measured = 0;
  let last: string | undefined;
  const focus = (k: string) =>
    page.evaluate((k) => {
      const el = document.querySelector<HTMLElement>(`[data-gate-kbd="${k}"]`);
      el?.focus();
      const f = window.__gate.focused(-1);
      if (f?.key === k) window.__gate.holdStill();
      return { f, visible: !!el?.matches(':focus-visible') };
    }, k);
  for (const [signature, key] of todo) {
    const byScript = await focus(key);
    let f = byScript.f;
    if (!f || f.key !== key) continue; // not focusable after all: the keyboard walk reports that
    last = key;
    if (!byScript.visible) {
      // Programmatic focus matches :focus-visible in a page that saw keys and no mouse (this crawl never
      // touches one). Should Chromium decide otherwise, a Tab press first makes it, as Tab would focus it.
      await page.keyboard.press('Tab');
      if (!(await page.evaluate(() => window.__gate.recorded().onElement))) await page.keyboard.press('Tab');
      f = (await focus(key)).f;
      if (!f || f.key !== key) continue;
    }
    const problem = await focusIndicatorProblem(page, f);
    measured++;
    if (problem) problems.push({ rule: 'focus-visible', detail: `${f.desc}: ${problem}` });
    else verified.add(signature);
  }
  if (last !== undefined) await page.evaluate((k) => window.__gate.release(k), last);
  return { problems, measured };
}

/**
 * Activates the skip link (the first Tab stop, found by the walk) with Enter: the next Tab must land in or
 * after the main content. No reload: focusing the link by script and pressing Enter is what Tab and Enter do.
 */
async function skipLinkProblem(page: Page, first: FocusInfo | undefined): Promise<Problem | null> {
  if (!first?.fragment?.exists || !first.fragment.isMain) return null; // already reported by the walk
  await page.evaluate((key) => document.querySelector<HTMLElement>(`[data-gate-kbd="${key}"]`)?.focus(), first.key);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  if (await page.evaluate(() => window.__gate.afterMain())) return null;
  const now = await page.evaluate(() =>
    document.activeElement ? window.__gate.describe(document.activeElement) : 'nothing',
  );
  return { rule: 'skip-link', detail: `after activating ${first.desc} and pressing Tab, focus is on ${now}` };
}

/** What the checks of one mode took, in ms per step, added to `into`. */
export type StepTimes = Record<string, number>;

/** What the first colour scheme's checks of a page leave for the next scheme in the same viewport. */
export interface SchemePass {
  /** `layoutPrint()` of the page in that scheme. */
  layout: string;
  /** The Tab stops the keyboard walk reached, in order (their `data-gate-kbd` keys). */
  walked: string[];
}

/** What `checkLoadedPage` found, and how it checked. */
export interface PageCheck {
  problems: Problem[];
  pass: SchemePass;
  /**
   * True when the layout was the first scheme's: the Tab stops were taken from its walk (their looks measured
   * again in this scheme) and axe ran its colour rules only — its other rules see the same boxes as before.
   */
  sameLayout: boolean;
  /** Focus indicators measured (screenshots focused and blurred): one per look not yet verified in this mode. */
  focusMeasured: number;
}

/**
 * Every accessibility check of `mode` on the page just loaded in it (see the table at the top). `verified`:
 * the element looks whose focus indicator already passed in this mode. The keyboard walk comes first, on the
 * fresh page: axe can move focus (it focused a skip link while measuring its contrast), and Tab continues
 * from wherever focus was left.
 *
 * `first`: the pass of the first colour scheme in this viewport, when this is the second (switched in place).
 * If the page's layout is the same as then (every box where it was, nothing shown or hidden), only colours
 * differ: the Tab stops are the same (reachability and order were reported then), so their looks are taken
 * again by script instead of a second walk, and axe runs only the rules that look at colours. Where the
 * layout differs, everything runs again.
 */
export async function checkLoadedPage(
  page: Page,
  mode: Mode,
  verified: Set<string>,
  times: StepTimes = {},
  first?: SchemePass,
): Promise<PageCheck> {
  const problems: Problem[] = [];
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await run();
    } finally {
      times[name] = (times[name] ?? 0) + performance.now() - started;
    }
  };
  const layout = await step('structure', () => page.evaluate(() => window.__gate.layoutPrint()));
  const sameLayout = first !== undefined && first.layout === layout;
  // Reachability and order do not depend on the colour scheme, so only the light modes report them; the
  // indicator's contrast does, so every mode measures the looks it has not verified yet.
  let walked: FocusInfo[];
  if (sameLayout) {
    walked = await step('focus', async () => {
      await page.evaluate(() => window.__gate.restAgain());
      // A real Tab first: programmatic focus then shows the :focus-visible styles that Tab would.
      await page.keyboard.press('Tab');
      return page.evaluate((keys) => window.__gate.looksOf(keys), first.walked);
    });
  } else {
    const walk = await step('keyboard', () => keyboardWalk(page));
    if (mode.scheme === 'light') problems.push(...walk.problems);
    walked = walk.walked;
  }
  const looks = await step('focus', () => focusLooks(page, verified, walked));
  problems.push(...looks.problems);
  if (mode.scheme === 'light' && mode.viewport === 'desktop') {
    const skip = await step('keyboard', () => skipLinkProblem(page, walked[0]));
    if (skip) problems.push(skip);
  }
  problems.push(...(await step('axe', () => axe(page, sameLayout ? COLOUR_RULES : undefined))));
  if (mode.scheme === 'light') {
    const { structure, labels } = await step('structure', () =>
      page.evaluate((desktop) => {
        return { structure: desktop ? window.__gate.structure() : [], labels: window.__gate.labelInName() };
      }, mode.viewport === 'desktop'),
    );
    problems.push(...structure, ...labels.map((detail) => ({ rule: 'label-in-name', detail })));
  }
  if (mode.viewport === 'phone' && mode.scheme === 'light') {
    const reflow = await step('reflow', async () => {
      const size = page.viewportSize();
      await page.setViewportSize(REFLOW_VIEWPORT);
      try {
        return await page.evaluate(() => window.__gate.reflow());
      } finally {
        if (size) await page.setViewportSize(size);
      }
    });
    problems.push(...reflow.map((detail) => ({ rule: 'reflow', detail })));
  }
  return { problems, pass: { layout, walked: walked.map((f) => f.key) }, sameLayout, focusMeasured: looks.measured };
}
