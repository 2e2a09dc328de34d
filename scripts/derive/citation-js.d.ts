// The parts of citation-js 0.8 the build uses (the packages ship no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
