import { patentImporter } from '../patents/patent-import.js';
import type { Importer } from './importer.js';

/** Every registry that imports from spreadsheets, by the name the CLI and the API use. */
export const importers: Record<string, Importer<never, never>> = {
  patents: patentImporter as unknown as Importer<never, never>,
};
