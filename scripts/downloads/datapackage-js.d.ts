// The parts of datapackage-js 1.1 the tests use to read the published package (it ships no types).
declare module 'datapackage' {
  interface Resource { name: string; tabular: boolean; read(options?: { keyed?: boolean; relations?: boolean }): Promise<unknown[]> }
  export class Package {
    static load(descriptor: string, options?: { basePath?: string }): Promise<Package>;
    errors: Error[];
    resources: Resource[];
  }
}
