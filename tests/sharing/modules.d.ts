/** Citation.js ships no type declarations; the tests use only `new Cite(text).data` (CSL-JSON items). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-ris';
