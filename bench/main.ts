import { benchOrgSearch } from './orgs-search.js';

/** `npm run bench`: the benchmarks, with their sizes from the command line. */
export async function benchCommand(o: { orgs: string; rounds: string }): Promise<void> {
  await benchOrgSearch({ orgs: Number(o.orgs), rounds: Number(o.rounds) });
}
