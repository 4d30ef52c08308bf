/**
 * The accessibility gate for one page, in a real Chromium, in three modes:
 *
 *   desktop  1280×800, light — axe (WCAG 2.1 A/AA + landmark/heading best practices), landmarks, headings,
 *            links told apart by more than colour, keyboard walk with visible focus, the skip link's effect
 *   dark     1280×800, prefers-color-scheme: dark — axe's colour rules, visible focus
 *   phone    320×640, light — axe again, reflow (320 CSS px = 1280 px at 400 % zoom), keyboard walk
 *
 *   const a11y = await openAccessibilityTabs(browser);
 *   const findings = await checkAccessibility(a11y, `${siteUrl}/praxis/`, '/praxis/');
 *
 * Visible focus is measured, not guessed from CSS: for each Tab stop, a screenshot of the element and 32 px
 * around it focused and blurred; the indicator passes when enough pixels change with a contrast of at least
 * 3:1 between the two states (WCAG 2.4.7 with 1.4.11). Elements that look alike (same tag and classes, up to
 * two ancestors, same style sheets on the page) draw focus alike, so each look is measured once per mode and run.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { openTab, type Tab } from '../../helpers/browser.ts';
import { clip, type Finding } from './findings.ts';
import { compareStates, decodePng } from './png.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** axe best-practice rules about structure, run alongside the WCAG rules at desktop and phone width. */
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
/** The rules whose outcome depends on the colour scheme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export const MODES = {
  desktop: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  dark: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  phone: { viewport: { width: 320, height: 640 }, colorScheme: 'light' },
} as const satisfies Record<string, BrowserContextOptions>;
export type Mode = keyof typeof MODES;

/** Margin around a focused element in which its focus indicator must show. */
const FOCUS_MARGIN = 32;

export interface AccessibilityTabs {
  tabs: Record<Mode, Tab>;
  /** Element looks whose focus indicator already passed, per mode. */
  verifiedFocus: Record<Mode, Set<string>>;
  close: () => Promise<void>;
}

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
  /** For a link to a fragment: whether the target exists, and whether it is or holds the main content. */
  fragment: { id: string; exists: boolean; isMain: boolean } | null;
}

interface GateHelpers {
  describe: (el: Element) => string;
  markTabbables: () => string[];
  /** The look of each marked element, by its mark. */
  looks: () => { key: string; signature: string }[];
  focused: (n: number) => FocusInfo | null;
  /** Starts logging every element that receives focus. */
  record: () => void;
  /** The focus log since record(), and whether focus is now on an element of the page. */
  recorded: () => { log: FocusInfo[]; onElement: boolean };
  afterMain: () => boolean;
  structure: () => { rule: string; detail: string }[];
  reflow: () => string[];
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
  const look = (el: Element): string => {
    const parts: string[] = [];
    let node: Element | null = el;
    for (let i = 0; node && i < 3; i++, node = node.parentElement) {
      parts.push(`${node.tagName.toLowerCase()}${[...node.classList].map((c) => `.${c}`).join('')}`);
    }
    // The page's style sheets are part of the look: a page may restyle a shared element.
    let sheets = '';
    for (const sheet of document.styleSheets) sheets += sheet.href ?? sheet.ownerNode?.textContent ?? '';
    let hash = 0;
    for (let i = 0; i < sheets.length; i++) hash = (Math.imul(hash, 31) + sheets.charCodeAt(i)) | 0;
    return `${parts.join('<')}${el.hasAttribute('aria-current') ? '[aria-current]' : ''} ${hash.toString(36)}`;
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

  window.__gate = {
    describe,
    markTabbables() {
      const out: string[] = [];
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
        el.setAttribute('data-gate-kbd', String(out.length));
        out.push(describe(el));
      }
      return out;
    },
    looks() {
      return [...document.querySelectorAll('[data-gate-kbd]')].map((el) => ({
        key: el.getAttribute('data-gate-kbd') ?? '',
        signature: look(el),
      }));
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
        fragment,
      };
    },
    record() {
      const log: FocusInfo[] = [];
      (window as unknown as { __gateLog: FocusInfo[] }).__gateLog = log;
      document.addEventListener('focusin', () => {
        const info = window.__gate.focused(log.length);
        if (info) log.push(info);
      });
    },
    recorded() {
      const el = document.activeElement;
      return {
        log: [...((window as unknown as { __gateLog?: FocusInfo[] }).__gateLog ?? [])],
        onElement: !!el && el !== document.body && el !== document.documentElement,
      };
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
  };
}

// ---------------------------------------------------------------------------------------------------------

export async function openAccessibilityTabs(browser: Browser): Promise<AccessibilityTabs> {
  const tabs = {} as Record<Mode, Tab>;
  for (const mode of Object.keys(MODES) as Mode[]) {
    // Reduced motion: a focus style must not need an animation to finish before it can be measured.
    tabs[mode] = await openTab(browser, { ...MODES[mode], reducedMotion: 'reduce', deviceScaleFactor: 1 });
    await tabs[mode].context.addInitScript(installGateHelpers);
  }
  return {
    tabs,
    verifiedFocus: { desktop: new Set(), dark: new Set(), phone: new Set() },
    close: async () => {
      for (const tab of Object.values(tabs)) await tab.close();
    },
  };
}

type Problem = { rule: string; detail: string };

async function axe(page: Page, rules: 'all' | 'colour'): Promise<Problem[]> {
  // Legacy mode runs axe.run in the page itself. The default mode finishes every run in a new blank page
  // (for cross-origin frames, which the site has none of) and costs about a second more per run.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options(
    rules === 'all'
      ? {
          runOnly: { type: 'tag', values: WCAG_TAGS },
          rules: Object.fromEntries(STRUCTURE_RULES.map((r) => [r, { enabled: true }])),
          resultTypes: ['violations'], // axe then skips collecting details of passes (faster)
        }
      : { runOnly: { type: 'rule', values: COLOUR_RULES }, resultTypes: ['violations'] },
  );
  const results = await builder.analyze();
  return results.violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
    const summary = v.nodes[0]?.failureSummary ?? '';
    return {
      rule: `axe ${v.id}`,
      detail: `${v.impact ?? 'n/a'}: ${v.help} — ${v.nodes.length} element(s): ${targets.join(' | ')}${
        v.nodes.length > 3 ? ' …' : ''
      } — ${clip(summary, 200)}`,
    };
  });
}

/** Screenshots the element focused and blurred, and says what is wrong with its indicator (or null). */
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
  const focused = await page.screenshot({ clip: area, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const blurred = await page.screenshot({ clip: area, animations: 'disabled', caret: 'hide' });
  await page.evaluate(
    (key) => document.querySelector<HTMLElement>(`[data-gate-kbd="${key}"]`)?.focus({ preventScroll: true }),
    f.key,
  );
  const { changed, contrasting } = compareStates(decodePng(focused), decodePng(blurred));
  // At least as many pixels as a 1 px line under the element (capped for very wide elements).
  const needed = Math.max(8, Math.min(200, Math.round(rect.width)));
  if (changed === 0) return 'nothing changes on screen when it gets focus';
  if (contrasting < needed) {
    return `focus indicator too faint: ${contrasting} px change with ≥ 3:1 contrast (${changed} change at all), ${needed} needed`;
  }
  return null;
}

/**
 * Tabs through the freshly loaded page and checks reachability, order, traps and the skip link; then the
 * visible focus of each element look reached. The page logs every focus change itself, so a Tab press
 * costs one round trip; the presses come in batches until focus wraps around or leaves the page.
 */
async function keyboardWalk(page: Page, verified: Set<string>): Promise<Problem[]> {
  const problems: Problem[] = [];
  const expected = await page.evaluate(() => {
    window.__gate.record();
    return window.__gate.markTabbables();
  });
  let log: FocusInfo[] = [];
  let trapped = false;
  for (let batch = 0; batch < 3; batch++) {
    for (let n = 0; n < expected.length + 3; n++) await page.keyboard.press('Tab');
    const state = await page.evaluate(() => window.__gate.recorded());
    const wrapped = new Set(state.log.map((f) => f.key)).size < state.log.length;
    trapped = state.onElement && !wrapped && state.log.length === log.length;
    log = state.log;
    if (wrapped || !state.onElement || trapped) break;
  }

  const reached = new Set<number>();
  const seen = new Set<string>();
  const outOfOrder: string[] = [];
  let last: FocusInfo | null = null; // the last expected element reached
  for (const f of log) {
    if (seen.has(f.key)) break; // back at the start: the walk is complete
    if (seen.size === 0) {
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
    seen.add(f.key);
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
  problems.push(...(await focusLooks(page, verified, seen)));
  return problems;
}

/**
 * Visible focus: for each element look not yet verified in this mode, focus one element of that look and
 * measure its indicator (`among`: only these marks, e.g. the ones Tab reached). A Tab press before each
 * focus() makes programmatic focus show the :focus-visible styles that Tab would. Dark mode
 * uses this alone: reachability and order do not depend on the colour scheme, the indicator's contrast does.
 */
async function focusLooks(page: Page, verified: Set<string>, among?: Set<string>): Promise<Problem[]> {
  if (!among) await page.evaluate(() => window.__gate.markTabbables());
  const todo = new Map<string, string>();
  for (const { key, signature } of await page.evaluate(() => window.__gate.looks())) {
    if (among && !among.has(key)) continue;
    if (!verified.has(signature) && !todo.has(signature)) todo.set(signature, key);
  }
  if (todo.size === 0) return [];
  const problems: Problem[] = [];
  for (const [signature, key] of todo) {
    // Chromium shows :focus-visible on programmatic focus only when the element focused before showed it;
    // a Tab press first makes sure it did (the measuring itself blurs and refocuses by script).
    await page.keyboard.press('Tab');
    if (!(await page.evaluate(() => window.__gate.recorded().onElement))) await page.keyboard.press('Tab');
    const f = await page.evaluate((k) => {
      document.querySelector<HTMLElement>(`[data-gate-kbd="${k}"]`)?.focus();
      return window.__gate.focused(-1);
    }, key);
    if (!f || f.key !== key) continue; // not focusable after all: the keyboard walk reports that
    const problem = await focusIndicatorProblem(page, f);
    if (problem) problems.push({ rule: 'focus-visible', detail: `${f.desc}: ${problem}` });
    else verified.add(signature);
  }
  return problems;
}

/** Activates the skip link with the keyboard: the next Tab must land in or after the main content. */
async function skipLinkProblem(page: Page, url: string): Promise<Problem | null> {
  await page.goto(url, { waitUntil: 'load' });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => window.__gate.focused(0));
  if (!first?.fragment?.exists || !first.fragment.isMain) return null; // already reported by the walk
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  if (await page.evaluate(() => window.__gate.afterMain())) return null;
  const now = await page.evaluate(() =>
    document.activeElement ? window.__gate.describe(document.activeElement) : 'nothing',
  );
  return { rule: 'skip-link', detail: `after activating ${first.desc} and pressing Tab, focus is on ${now}` };
}

/** Every check of this gate for one page. `path` is only used to label the findings. */
export async function checkAccessibility(a11y: AccessibilityTabs, url: string, path: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (mode: Mode, problems: Problem[]) => {
    for (const p of problems) findings.push({ page: path, rule: `${p.rule} @${mode}`, detail: p.detail });
  };

  // The keyboard walk comes first, on the freshly loaded page: axe can move focus (it focused a skip link
  // while measuring its contrast), and Tab continues from wherever focus was left.
  const desktop = a11y.tabs.desktop.page;
  await a11y.tabs.desktop.visit(url);
  add('desktop', await keyboardWalk(desktop, a11y.verifiedFocus.desktop));
  add('desktop', await axe(desktop, 'all'));
  add('desktop', await desktop.evaluate(() => window.__gate.structure()));
  const skip = await skipLinkProblem(desktop, url);
  if (skip) add('desktop', [skip]);

  const dark = a11y.tabs.dark.page;
  await a11y.tabs.dark.visit(url);
  add('dark', await focusLooks(dark, a11y.verifiedFocus.dark));
  add('dark', await axe(dark, 'colour'));

  const phone = a11y.tabs.phone.page;
  await a11y.tabs.phone.visit(url);
  add('phone', await keyboardWalk(phone, a11y.verifiedFocus.phone));
  add('phone', await axe(phone, 'all'));
  add(
    'phone',
    (await phone.evaluate(() => window.__gate.reflow())).map((detail) => ({ rule: 'reflow', detail })),
  );
  return findings;
}
