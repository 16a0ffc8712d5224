import type { Db } from '../src/db/client.js';
import { orgs } from '../src/db/tables/index.js';
import { brandWords, demoCityName, industryWords, townIndustries } from '../src/domains/demo/city.js';
import { demoUscc, pick, seededRandom } from '../src/domains/demo/generate.js';

/** Adds `count` plausible organisations to the demo city, in batches, for benchmarks at provincial scale. */
export async function scaleOrgs(db: Db, count: number, onProgress: (done: number) => void): Promise<void> {
  const random = seededRandom(42);
  const towns = Object.keys(townIndustries);
  const used = new Set<string>();
  for (let done = 0; done < count; ) {
    const batch: (typeof orgs.$inferInsert)[] = [];
    while (batch.length < Math.min(2000, count - done)) {
      const code = pick(random, towns);
      const industry = pick(random, townIndustries[code]!);
      const uscc = demoUscc(random, '91');
      if (used.has(uscc)) continue;
      used.add(uscc);
      batch.push({
        name: `${demoCityName}${pick(random, brandWords)}${pick(random, brandWords)}${pick(random, industryWords[industry]!)}有限公司`,
        uscc,
        type: 'enterprise',
        industry,
        jurisdictionCode: code,
      });
    }
    await db.insert(orgs).values(batch).onConflictDoNothing();
    done += batch.length;
    onProgress(done);
  }
}
