import { claimImporter } from '../domains/patents/claim-import.js';
import { patentImporter } from '../domains/patents/patent-import.js';
import { registryImporter } from '../domains/registries/registry-import.js';
import { registrySpecs } from '../domains/registries/specs.js';
import type { Importer } from '../domains/imports/importer.js';

/** Every registry that imports from spreadsheets, by the name the CLI and the API use. */
export const importers: Record<string, Importer<never, never>> = {
  patents: patentImporter as unknown as Importer<never, never>,
  'patent-subsidies': claimImporter as unknown as Importer<never, never>,
  ...Object.fromEntries(
    Object.values(registrySpecs).map((spec) => [
      spec.name,
      registryImporter(spec) as unknown as Importer<never, never>,
    ]),
  ),
};
