// The parts of citation-js 0.8 the build uses (the packages ship no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
    format(format: 'bibtex' | 'ris'): string;
  }
  export const plugins: { config: { get(name: '@bibtex'): { format: { asciiOnly: boolean } } } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
