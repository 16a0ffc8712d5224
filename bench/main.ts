import type { Scale } from '../src/domains/demo/scale/plan.js';
import { benchDashboard } from './dashboard.js';
import { benchDuplicates } from './duplicates.js';
import { benchOrgSearch } from './orgs-search.js';
import { benchSite } from './site.js';
import { benchWeb } from './web.js';

export interface BenchOptions {
  scale: Scale;
  rounds: string;
  orgs?: string;
  site?: string;
  duplicates?: string;
  web?: boolean;
  dataDir?: string;
  seconds: string;
  out: string;
}

/** `npm run bench`: the dashboards at a scale, or (with --orgs) organisation search, or (with --site) the public site, or (with --duplicates) 查重, or (with --web) the screens in a browser as a phone and a desktop. */
export async function benchCommand(o: BenchOptions): Promise<void> {
  if (o.orgs !== undefined) {
    await benchOrgSearch({ orgs: Number(o.orgs), rounds: Number(o.rounds) });
    return;
  }
  if (o.duplicates !== undefined) {
    await benchDuplicates({ fingerprints: Number(o.duplicates), rounds: Number(o.rounds) });
    return;
  }
  if (o.web) {
    await benchWeb({ rounds: Math.min(Number(o.rounds), 5), out: o.out });
    return;
  }
  if (o.site !== undefined) {
    await benchSite({ items: Number(o.site), rounds: Number(o.rounds), out: o.out });
    return;
  }
  await benchDashboard({
    scale: o.scale,
    rounds: Number(o.rounds),
    dataDir: o.dataDir,
    seconds: Number(o.seconds),
    out: o.out,
  });
}
