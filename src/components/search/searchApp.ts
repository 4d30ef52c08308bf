/**
 * The search page and the practice directory in the browser, on Pagefind's JS API.
 *
 * One controller, two modes, configured by data attributes on `[data-search-app]`:
 * - `search`: words, filters and sort; results with highlighted words;
 * - `directory`: filters only, over good-practice entries (a base filter); replaces the static list.
 *
 * The state lives in the URL (urlState.ts): every committed change pushes a history entry (typing a query makes
 * one entry, not one per keystroke), the back button restores the state, a reload or a shared link runs it again.
 * Pagefind is loaded on the first interaction, or at once when the URL already holds a search.
 * Result counts are announced in a polite live region; every control is a native form control.
 */
import { escapeHtml, bodyExcerpt, highlightTerms, keywordsStart, queryTerms } from '../../lib/search/excerpt.ts';
import { activeGroups, type Counts, type Selection } from '../../lib/search/facets.ts';
import { isFilterKey, type FilterKey } from '../../lib/search/filters.ts';
import { searchStrings, directoryStrings } from '../../lib/search/strings.ts';
import {
  effectiveSort,
  hasCriteria,
  labelsForSlugs,
  parseState,
  sameState,
  serializeState,
  valueSlug,
  type SearchState,
} from '../../lib/search/urlState.ts';
import {
  loadEverything,
  loadFacets,
  loadPagefind,
  unmatchedQueryWords,
  type PagefindResult,
  type PagefindSearch,
} from './pagefindClient.ts';
import type { UnmatchedWord } from '../../lib/search/prefixFallback.ts';
import { LOCALE, type Lang } from '../../config/languages.ts';

type Mode = 'search' | 'directory';

/** Fired on the app's root element after results are on screen; tests and the benchmark wait for it. */
export const RENDERED_EVENT = 'search:rendered';
export interface RenderedDetail {
  state: string;
  total: number;
  at: number;
}

/** How long typing must pause before a search runs: short, so results follow the last keystroke closely. */
const TYPING_PAUSE_MS = 100;
/**
 * While typing, a search starts from three letters: one or two match a large part of a big index and fetch
 * index chunks for every word that starts so (German has many words beginning with "sch"). Enter searches
 * whatever is there, so two-letter words such as "KI" or "IT" are found too.
 */
const TYPING_MIN_LETTERS = 3;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search: missing ${selector}`);
  return el;
}

class SearchApp {
  private readonly mode: Mode;
  private readonly lang: Lang;
  private readonly groups: FilterKey[];
  private readonly base: Selection;
  private readonly bundle: string;
  private readonly rootPath: string;
  private readonly pageSize: number;
  private readonly headingLevel: number;
  private readonly form: HTMLFormElement;
  private readonly query: HTMLInputElement | null;
  private readonly status: HTMLElement;
  private readonly list: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly chips: HTMLElement | null;
  private generation = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while the current history entry is the one being typed into. */
  private typingEntry = false;
  private results: PagefindSearch['results'] = [];
  private shown = 0;
  private state: SearchState;
  /** Loads the counts of the results on screen, when they were shown before the filter index was loaded. */
  private pendingCounts: (() => Promise<void>) | undefined;

  constructor(private readonly root: HTMLElement) {
    const d = root.dataset;
    this.mode = d.mode === 'directory' ? 'directory' : 'search';
    this.lang = d.lang === 'en' ? 'en' : 'de';
    this.groups = (d.groups ?? '').split(',').filter(isFilterKey);
    this.base = d.base ? (JSON.parse(d.base) as Selection) : {};
    this.bundle = d.bundle ?? '/pagefind/';
    this.rootPath = d.rootPath ?? location.pathname;
    this.pageSize = Number(d.pageSize ?? 20);
    this.headingLevel = Number(d.headingLevel ?? 3);
    this.form = required<HTMLFormElement>(root, 'form[data-search-form]');
    this.query = this.form.querySelector<HTMLInputElement>('input[name="q"]');
    this.status = required(root, '[data-status]');
    this.list = required(root, '[data-results]');
    this.more = required<HTMLButtonElement>(root, 'button[data-more-results]');
    this.chips = root.querySelector('[data-chips]');
    this.state = this.stateFromLocation();
  }

  start(): void {
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;
    this.applyToForm(this.state);
    this.renderChips(this.state);
    for (const count of this.root.querySelectorAll<HTMLElement>('[data-count]')) {
      count.dataset.built = count.textContent?.trim() ?? '';
    }

    this.query?.addEventListener('input', (event) => this.onType(event as InputEvent));
    // On the root, not the form: filter checkboxes may sit outside the form element (form="…"), and events
    // bubble through the document, not through the form owner.
    this.root.addEventListener('change', (event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      if (control.form === this.form && control.matches('input[type="checkbox"], select')) this.commit(false);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typingTimer);
      this.commit(false);
    });
    this.more.addEventListener('click', () => void this.showMore());
    this.root.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', () => {
      clearTimeout(this.typingTimer);
      this.typingEntry = false;
      this.state = this.stateFromLocation();
      this.applyToForm(this.state);
      this.renderChips(this.state);
      void this.run();
    });

    // The filters come folded (so the page is laid out for phones before this runs) and open on wide screens;
    // on narrow ones they stay folded, so the results are in view; the heading says how many are chosen.
    for (const details of this.root.querySelectorAll<HTMLDetailsElement>('details[data-collapse-narrow]')) {
      details.open = !matchMedia('(max-width: 60rem)').matches;
      details.addEventListener('toggle', () => {
        if (details.open) void this.pendingCounts?.();
      });
    }

    // Only a search in the URL runs at once; a facet page's own value is already what the page lists. The
    // static list does not match a search in the URL, so it goes at once rather than when results arrive.
    if (hasCriteria(parseState(location.search, this.groups))) {
      for (const el of this.root.querySelectorAll<HTMLElement>('[data-static]')) el.hidden = true;
      this.say(searchStrings(this.lang).loading);
      void this.run();
    }
  }

  /** The state of the current URL; on a directory facet page without a query, the page's own facet. */
  private stateFromLocation(): SearchState {
    const fromUrl = parseState(location.search, this.groups);
    const initial = this.root.dataset.initial;
    if (initial && location.search === '' && location.pathname !== this.rootPath) {
      return parseState(initial, this.groups);
    }
    return fromUrl;
  }

  private stateFromForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.form)) params.append(key, String(value));
    return parseState(params, this.groups);
  }

  private applyToForm(state: SearchState): void {
    if (this.query) this.query.value = state.q;
    this.syncSort(state);
    for (const box of this.checkboxes()) {
      box.checked = (state.filters[box.name as FilterKey] ?? []).includes(box.value);
      if (box.checked) box.closest<HTMLElement>('.facet__value')!.hidden = false;
    }
  }

  /**
   * The sort applies to words only: without them results are newest first and the choice is disabled (and so
   * left out of the form's data); with them it shows the reader's choice, relevance unless they chose date.
   */
  private syncSort(state: SearchState): void {
    const sort = this.form.elements.namedItem('sort');
    if (!(sort instanceof HTMLSelectElement)) return;
    sort.disabled = state.q === '';
    sort.value = effectiveSort(state);
  }

  private checkboxes(): HTMLInputElement[] {
    return [...this.form.elements].filter(
      (el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'checkbox',
    );
  }

  /** Filter values that exist, per group, as the page lists them. */
  private available(): Partial<Record<FilterKey, string[]>> {
    const out: Partial<Record<FilterKey, string[]>> = {};
    for (const box of this.checkboxes()) (out[box.name as FilterKey] ??= []).push(box.dataset.label ?? box.value);
    return out;
  }

  private onType(event: InputEvent): void {
    // The first keystroke loads Pagefind itself (script, WebAssembly, metadata) while the reader types on.
    // Index chunks are not fetched ahead for each prefix: "Sch", "Schu", "Schul" lie in other chunks than
    // "Schulen", and fetching them doubled the bytes of a typed query without showing results any sooner
    // (npm run bench:search).
    const words = this.query?.value.trim() ?? '';
    void loadPagefind(this.bundle).catch(() => undefined);
    clearTimeout(this.typingTimer);
    // Words pasted or picked from the browser's suggestions arrive whole, "KI" as much as "Sozialverwaltung":
    // no pause and no minimum length to wait for.
    if (event.inputType === 'insertFromPaste' || event.inputType === 'insertReplacementText') {
      this.commit(true);
      return;
    }
    if (words.length > 0 && words.length < TYPING_MIN_LETTERS) return;
    this.typingTimer = setTimeout(() => this.commit(true), TYPING_PAUSE_MS);
  }

  /** Takes the form's state into the URL and runs it. Typing replaces its own history entry. */
  private commit(typing: boolean): void {
    const next = this.stateFromForm();
    const changed = !sameState(next, this.state, this.groups);
    this.state = next;
    this.syncSort(next);
    if (changed) {
      const url = `${this.rootPath}${serializeState(next, this.groups)}`;
      if (typing && this.typingEntry) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      this.typingEntry = typing;
    }
    this.renderChips(next);
    void this.run();
  }

  private onClick(event: Event): void {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!target) return;
    if (target.matches('.facet__more')) {
      const expanded = target.getAttribute('aria-expanded') === 'true';
      const group = target.closest('.facet')!;
      for (const li of group.querySelectorAll<HTMLElement>('.facet__value[data-extra]')) {
        li.hidden = expanded && !li.querySelector<HTMLInputElement>('input')!.checked;
      }
      target.setAttribute('aria-expanded', String(!expanded));
      target.textContent = (expanded ? target.dataset.more : target.dataset.fewer) ?? '';
    } else if (target.dataset.remove !== undefined) {
      const [group, value] = [target.dataset.group, target.dataset.remove];
      const box = this.checkboxes().find((b) => b.name === group && b.value === value);
      if (box) box.checked = false;
      this.commit(false);
      (this.chips?.querySelector<HTMLElement>('button') ?? this.form.querySelector<HTMLElement>('input'))?.focus();
    } else if (target.dataset.clear !== undefined) {
      for (const box of this.checkboxes()) box.checked = false;
      this.commit(false);
      this.form.querySelector<HTMLElement>('input')?.focus();
    }
  }

  private async run(): Promise<void> {
    const generation = ++this.generation;
    const state = this.state;
    const s = searchStrings(this.lang);
    this.list.setAttribute('aria-busy', 'true');
    if (this.mode === 'search' && !hasCriteria(state)) {
      this.results = [];
      this.list.replaceChildren();
      this.list.removeAttribute('aria-busy');
      this.more.hidden = true;
      this.pendingCounts = undefined;
      this.restoreStaticCounts();
      this.say(s.browseHint);
      this.emitRendered(state, 0);
      return;
    }
    try {
      const pagefind = await loadPagefind(this.bundle);
      const selection = labelsForSlugs(state.filters, this.available());
      const term = this.mode === 'search' && state.q ? state.q : null;
      const byDate = this.mode === 'directory' || effectiveSort(state) === 'date';
      // Pagefind finds and ranks pages for words; filters, counts and the date order come from the facet
      // table. A query with words only, by relevance, needs no table: its results show first, counts follow.
      const found = term ? ((await pagefind.search(term))?.results ?? []) : [];
      // Words on no page: Pagefind then returns pages with a shorter word ("Bürger" for "Bürgerbüro"), which
      // are shown as what they are, similar words, not as matches.
      const unmatched = term ? await unmatchedQueryWords(pagefind, term, found[0]) : [];
      if (generation !== this.generation) return;
      const needsTable =
        term === null || byDate || activeGroups(selection).length > 0 || activeGroups(this.base).length > 0;
      if (!needsTable) {
        if (!(await this.show(generation, state, found, unmatched))) return;
        this.hideCounts();
        this.pendingCounts = async () => {
          this.pendingCounts = undefined;
          try {
            const facets = await loadFacets(this.bundle);
            if (generation !== this.generation) return;
            const candidates = found.map((r) => facets.pageOf(r.id)).filter((p) => p !== undefined);
            this.showCounts(state, facets.query(candidates, selection, this.base).counts);
          } catch {
            // The results are on screen; without the table the counts just stay hidden.
          }
        };
        if (this.countsWanted()) await this.pendingCounts();
        return;
      }
      const [facets, everything] = await Promise.all([
        loadFacets(this.bundle),
        term ? Promise.resolve(new Map(found.map((r) => [r.id, r]))) : loadEverything(this.bundle),
      ]);
      if (generation !== this.generation) return;
      const candidates = term
        ? found.map((r) => facets.pageOf(r.id)).filter((p) => p !== undefined)
        : facets.allPages();
      const { pages, counts } = facets.query(candidates, selection, this.base);
      const results = (byDate ? facets.newestFirst(pages) : pages)
        .map((page) => everything.get(facets.idOf(page)))
        .filter((r) => r !== undefined);
      if (!(await this.show(generation, state, results, unmatched))) return;
      this.pendingCounts = undefined;
      this.showCounts(state, counts);
    } catch {
      if (generation === this.generation) this.say(s.loadFailed);
    }
  }

  /** Shows the first results and says how many there are; false when a newer search overtook this one. */
  private async show(
    generation: number,
    state: SearchState,
    results: PagefindSearch['results'],
    unmatched: readonly UnmatchedWord[] = [],
  ): Promise<boolean> {
    this.results = results;
    this.shown = 0;
    const cards = await this.cards(0, this.pageSize, state);
    if (generation !== this.generation) return false;
    if (cards.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'search__empty';
      empty.textContent = searchStrings(this.lang).noResultsHint;
      cards.push(empty);
    }
    this.list.replaceChildren(...cards);
    this.list.hidden = false;
    this.shown = Math.min(cards.length, results.length);
    this.list.removeAttribute('aria-busy');
    this.updateMore();
    const total = results.length;
    const similarOnly = this.mode === 'search' && total > 0 && unmatched.length > 0;
    this.list.toggleAttribute('data-similar', similarOnly);
    this.say(
      this.mode === 'search'
        ? similarOnly
          ? searchStrings(this.lang).similarOnly(total, state.q, unmatched)
          : searchStrings(this.lang).resultCount(total, state.q)
        : directoryStrings(this.lang).count(total),
    );
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-static]')) el.hidden = true;
    this.emitRendered(state, total);
    return true;
  }

  /** Counts are wanted while the filters can be seen: always on wide screens, once unfolded on phones. */
  private countsWanted(): boolean {
    const details = this.root.querySelector<HTMLDetailsElement>('details[data-collapse-narrow]');
    return !details || details.open;
  }

  private showCounts(state: SearchState, counts: Counts): void {
    this.addMissingValues(counts);
    this.updateCounts(counts);
    this.root.querySelector('.facets')?.removeAttribute('aria-busy');
    this.root.dataset.counted = serializeState(state, this.groups);
  }

  /** Back to the counts the page was built with: those of everything, without words or filters. */
  private restoreStaticCounts(): void {
    for (const count of this.root.querySelectorAll<HTMLElement>('[data-count]')) {
      count.textContent = count.dataset.built ?? '';
      count.closest('.facet__value')?.toggleAttribute('data-zero', count.dataset.built === '(0)');
    }
    this.root.querySelector('.facets')?.removeAttribute('aria-busy');
    this.root.dataset.counted = '';
  }

  /** Until the counts for the current search are known, none are shown rather than stale ones. */
  private hideCounts(): void {
    for (const count of this.root.querySelectorAll('[data-count]')) count.textContent = '';
    for (const li of this.root.querySelectorAll('.facet__value[data-zero]')) li.removeAttribute('data-zero');
    this.root.querySelector('.facets')?.setAttribute('aria-busy', 'true');
    delete this.root.dataset.counted;
  }

  private emitRendered(state: SearchState, total: number): void {
    const detail: RenderedDetail = { state: serializeState(state, this.groups), total, at: performance.now() };
    this.root.dataset.rendered = detail.state;
    this.root.dispatchEvent(new CustomEvent(RENDERED_EVENT, { detail, bubbles: true }));
  }

  /** Writes the live region. Cleared first so the same sentence is announced again. */
  private say(text: string): void {
    if (this.status.textContent === text) this.status.textContent = '';
    // A microtask later, so screen readers notice the change even when the text repeats.
    queueMicrotask(() => (this.status.textContent = text));
  }

  private async showMore(): Promise<void> {
    const generation = this.generation;
    const cards = await this.cards(this.shown, this.shown + this.pageSize, this.state);
    if (generation !== this.generation) return;
    this.list.append(...cards);
    this.shown += cards.length;
    this.updateMore();
    cards[0]?.querySelector<HTMLElement>('a')?.focus();
  }

  private updateMore(): void {
    const total = this.results.length;
    const s = searchStrings(this.lang);
    this.more.hidden = this.shown >= total;
    this.more.textContent = `${s.moreResults} (${s.shownOf(this.shown, total)})`;
  }

  private async cards(from: number, to: number, state: SearchState): Promise<HTMLLIElement[]> {
    const data = await Promise.all(this.results.slice(from, to).map((r) => r.data()));
    const terms = this.mode === 'search' ? queryTerms(state.q) : [];
    return data.map((d) => this.card(d, terms));
  }

  private card(d: PagefindResult, terms: string[]): HTMLLIElement {
    const meta = d.meta;
    const title = meta.title ?? d.url;
    const eyebrow = [meta.kind, this.mode === 'directory' ? meta.status : undefined].filter(Boolean).join(' · ');
    const date = meta.date ? this.formatDate(meta.date) : undefined;
    const line = [
      date ? `<time datetime="${escapeHtml(meta.date!)}">${escapeHtml(date)}</time>` : '',
      meta.district ? escapeHtml(meta.district) : '',
      this.mode === 'search' && meta.status ? escapeHtml(meta.status) : '',
    ].filter(Boolean);
    const excerpt =
      terms.length > 0 ? bodyExcerpt(d.content, d.weighted_locations, keywordsStart(d.anchors)) : undefined;
    const h = `h${this.headingLevel}`;
    const li = document.createElement('li');
    li.innerHTML = `<article class="card result">
  ${meta.image ? `<img class="result__image" src="${escapeHtml(meta.image)}" alt="${escapeHtml(meta.image_alt ?? '')}" width="96" height="64" loading="lazy" decoding="async">` : ''}
  <p class="eyebrow">${escapeHtml(eyebrow)}</p>
  <${h} class="card__title"><a href="${escapeHtml(d.url)}">${highlightTerms(title, terms)}</a></${h}>
  ${line.length > 0 ? `<p class="meta">${line.join(' · ')}</p>` : ''}
  ${meta.teaser ? `<p class="teaser">${highlightTerms(meta.teaser, terms)}</p>` : ''}
  ${excerpt ? `<p class="result__excerpt">${excerpt}</p>` : ''}
</article>`;
    return li;
  }

  private formatDate(iso: string): string {
    if (/^\d{4}(-00-00)?$/u.test(iso)) return iso.slice(0, 4);
    const [y, m, day] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(LOCALE[this.lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, day ?? 1)));
  }

  /** Shows each value's count; a value that would add nothing is dimmed, not removed, so the list stays put. */
  private updateCounts(counts: Counts): void {
    for (const box of this.checkboxes()) {
      const n = counts[box.name]?.[box.dataset.label ?? ''] ?? 0;
      const li = box.closest<HTMLElement>('.facet__value');
      const count = li?.querySelector('[data-count]');
      if (count) count.textContent = `(${n.toLocaleString(LOCALE[this.lang])})`;
      li?.toggleAttribute('data-zero', n === 0 && !box.checked);
    }
  }

  /**
   * Values with results that the page did not list (a page built before the index): appended to their group.
   * Values without results under the base filter (topics no practice has) are left out.
   */
  private addMissingValues(counts: Counts): void {
    const have = this.available();
    for (const group of this.groups) {
      const missing = Object.entries(counts[group] ?? {})
        .filter(([label, n]) => n > 0 && !(have[group] ?? []).includes(label))
        .map(([label]) => label);
      const list = this.root.querySelector<HTMLElement>(`.facet[data-group="${group}"] .facet__values`);
      if (!list || missing.length === 0) continue;
      for (const label of missing) {
        const id = `${list.id}-x${list.children.length}`;
        const li = document.createElement('li');
        li.className = 'facet__value';
        li.innerHTML = `<input type="checkbox" id="${id}" name="${group}" value="${escapeHtml(valueSlug(label))}" data-label="${escapeHtml(label)}"${this.form.id ? ` form="${escapeHtml(this.form.id)}"` : ''}><label for="${id}"><span class="facet__label">${escapeHtml(label)}</span> <span class="facet__count" data-count></span></label>`;
        list.append(li);
      }
    }
  }

  /**
   * Buttons that remove one chosen value each, and one that removes all. A chip shows its value and a ×, and is
   * named "Remove filter “value”": the × is drawn by CSS (.chip__x), so that the text a reader sees is the value
   * alone and stays inside the name (WCAG 2.5.3; axe's label-content-name-mismatch counts a × in the text).
   */
  private renderChips(state: SearchState): void {
    if (!this.chips) return;
    const s = searchStrings(this.lang);
    const buttons: string[] = [];
    for (const box of this.checkboxes()) {
      if (!(state.filters[box.name as FilterKey] ?? []).includes(box.value)) continue;
      const label = box.dataset.label ?? box.value;
      buttons.push(
        `<li><button type="button" class="chip" data-group="${escapeHtml(box.name)}" data-remove="${escapeHtml(box.value)}" aria-label="${escapeHtml(s.removeFilter(label))}">${escapeHtml(label)} <span class="chip__x" aria-hidden="true"></span></button></li>`,
      );
    }
    if (buttons.length > 1)
      buttons.push(
        `<li><button type="button" class="chip chip--clear" data-clear>${escapeHtml(s.clearFilters)}</button></li>`,
      );
    this.chips.innerHTML = buttons.join('');
    const chosen = Object.values(state.filters).reduce((n, v) => n + v.length, 0);
    const counter = this.root.querySelector('[data-filter-count]');
    if (counter) counter.textContent = chosen > 0 ? s.activeCount(chosen) : '';
    this.chips.closest<HTMLElement>('[data-chips-wrap]')?.toggleAttribute('hidden', buttons.length === 0);
  }
}

/** Starts every search app on the page. */
export function startSearchApps(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-search-app]')) new SearchApp(root).start();
}
