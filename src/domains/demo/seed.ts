import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jurisdictions, orgs, people, sections, users } from '../../db/tables/index.js';
import type { Role } from '../../shared/roles.js';
import { recordAudit, systemActor } from '../audit/audit.service.js';
import { createUser } from '../users/users.service.js';
import {
  brandWords,
  demoCityName,
  demoInstitutions,
  demoJurisdictions,
  demoSections,
  fields,
  givenNames,
  industryWords,
  surnames,
  titles,
  townIndustries,
} from './city.js';
import { generatedPassword } from '../auth/password.js';
import { demoIdNumber, demoUscc, demoYears, pick, seededRandom } from './generate.js';
import { seedDemoExecution } from './execution-seed.js';
import { seedDemoPatents } from './patents-seed.js';
import { seedDemoRegistries } from './registries-seed.js';
import { seedDemoLastYearTargets, seedDemoTargets } from './targets-seed.js';
import { seedDemoPortal } from './portal-seed.js';
import { seedDemoDisclosure } from './disclosure-seed.js';
import { seedDemoDesk } from './approvals-seed.js';
import { seedDemoExperts } from './experts-seed.js';
import { seedDemoLetters } from './letters-seed.js';
import { seedDemoSummary } from './summary-seed.js';
import type { Storage } from '../../server/storage.js';
import { assignDemoExpert, seedDemoProjects } from './projects-seed.js';
import { seedDemoApplications } from './applications-seed.js';

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  totpSecret: string | null;
}

export interface DemoSeedResult {
  seeded: boolean;
  password?: string;
  passwordGenerated?: boolean;
  accounts: DemoAccount[];
  counts?: { jurisdictions: number; sections: number; orgs: number; people: number; calls: number; projects: number };
}

/** The applicant's organisation: a Donghu agricultural firm, so `liaison` is Donghu's liaison. */
export const demoApplicantOrgName = `${demoCityName}绿源农业科技有限公司`;

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo city into an empty database: jurisdictions, sections, several hundred organisations with
 * valid USCCs, people with valid ID numbers and talent tags, and one account per role. Refuses (seeded:
 * false) when accounts already exist, so it never mixes with real data.
 */
export async function seedDemo(db: Db, o: { password?: string; storage?: Storage }): Promise<DemoSeedResult> {
  if (!(await isDatabaseEmpty(db))) return { seeded: false, accounts: [] };
  const passwordGenerated = !o.password;
  const password = o.password ?? generatedPassword();
  const random = seededRandom(2008);

  return db.transaction(async (tx) => {
    await tx
      .insert(jurisdictions)
      .values(demoJurisdictions.map((j, i) => ({ ...j, sortOrder: i + 1 })))
      .onConflictDoNothing();
    await tx
      .insert(sections)
      .values(demoSections.map((s, i) => ({ ...s, sortOrder: i + 1 })))
      .onConflictDoNothing();

    const orgRows: (typeof orgs.$inferInsert)[] = [
      {
        name: demoApplicantOrgName,
        uscc: demoUscc(random, '91'),
        type: 'enterprise',
        industry: '农业',
        jurisdictionCode: 'donghu',
        address: `${demoCityName}东湖镇科技路18号`,
        legalRepresentative: '陈建国',
        contactName: '李晓东',
        contactPhone: '0511-86012345',
        contactEmail: 'lvyuan@example.cn',
        foundedOn: '2003-05-16',
      },
      ...demoInstitutions.map((inst) => ({
        name: inst.name,
        uscc: demoUscc(random, inst.type === 'cooperative' ? '93' : inst.type === 'social_org' ? '52' : '12'),
        type: inst.type,
        industry: inst.industry,
        jurisdictionCode: inst.code,
        address: `${demoCityName}${demoJurisdictions.find((j) => j.code === inst.code)!.name.replace(/^市/, '')}`,
        contactPhone: `0511-8${String(Math.floor(random() * 10000000)).padStart(7, '0')}`,
      })),
    ];
    const names = new Set(orgRows.map((r) => r.name));
    const towns = Object.keys(townIndustries);
    while (orgRows.length < 360) {
      const code = pick(random, towns);
      const industry = pick(random, townIndustries[code]!);
      const town = demoJurisdictions.find((j) => j.code === code)!;
      const place = town.kind === 'town' ? town.name.slice(0, 2) : demoCityName.slice(0, 2);
      const name = `${demoCityName}${place === demoCityName.slice(0, 2) ? '' : place}${pick(random, brandWords)}${pick(random, industryWords[industry]!)}有限公司`;
      if (names.has(name)) continue;
      names.add(name);
      const year = 1995 + Math.floor(random() * 28);
      orgRows.push({
        name,
        uscc: demoUscc(random, '91'),
        type: 'enterprise',
        industry,
        jurisdictionCode: code,
        address: `${demoCityName}${town.name}${pick(random, ['工业园', '科技路', '创业路', '新民路', '长江路'])}${1 + Math.floor(random() * 200)}号`,
        legalRepresentative: personName(random),
        contactName: personName(random),
        contactPhone: `139${String(Math.floor(random() * 100000000)).padStart(8, '0')}`,
        foundedOn: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      });
    }
    const insertedOrgs = await tx
      .insert(orgs)
      .values(orgRows)
      .returning({ id: orgs.id, name: orgs.name, code: orgs.jurisdictionCode });

    const peopleRows: (typeof people.$inferInsert)[] = [];
    const idNumbers = new Set<string>();
    for (const org of insertedOrgs) {
      const n = 1 + Math.floor(random() * 2);
      for (let i = 0; i < n; i++) {
        let idNumber = demoIdNumber(random);
        while (idNumbers.has(idNumber)) idNumber = demoIdNumber(random);
        idNumbers.add(idNumber);
        const tags = random() < 0.12 ? [pick(random, ['333', '169', '313'])] : [];
        peopleRows.push({
          name: personName(random),
          orgId: org.id,
          gender: random() < 0.6 ? 'male' : 'female',
          idNumber,
          title: pick(random, titles),
          field: pick(random, fields),
          phone: `138${String(Math.floor(random() * 100000000)).padStart(8, '0')}`,
          talentTags: tags,
        });
      }
    }
    await tx.insert(people).values(peopleRows);

    const applicantOrg = insertedOrgs[0]!;
    const hospital = insertedOrgs.find((x) => x.name === '江川市人民医院')!;
    const accountSpecs: {
      username: string;
      displayName: string;
      role: Role;
      orgId?: number;
      jurisdictionCode?: string;
      sectionCode?: string;
    }[] = [
      { username: 'admin', displayName: '系统管理员', role: 'admin' },
      { username: 'auditor', displayName: '安全审计员', role: 'auditor' },
      { username: 'leader', displayName: '王局长', role: 'leader' },
      { username: 'staff', displayName: '张科员（农村科技科）', role: 'staff', sectionCode: 'agriculture' },
      { username: 'staff-social', displayName: '刘科员（社会发展科）', role: 'staff', sectionCode: 'social' },
      { username: 'staff-ip', displayName: '周科员（知识产权科）', role: 'staff', sectionCode: 'ip' },
      { username: 'staff-talent', displayName: '郑科员（人才与合作科）', role: 'staff', sectionCode: 'talent' },
      { username: 'staff-hightech', displayName: '冯科员（高新技术科）', role: 'staff', sectionCode: 'hightech' },
      { username: 'liaison', displayName: '赵联络员（东湖镇）', role: 'liaison', jurisdictionCode: applicantOrg.code },
      { username: 'liaison-htz', displayName: '孙联络员（高新区）', role: 'liaison', jurisdictionCode: 'htz' },
      {
        username: 'expert',
        displayName: '钱教授（评审专家）',
        role: 'expert',
        orgId: hospital.id,
        jurisdictionCode: hospital.code,
      },
      { username: 'applicant', displayName: '李晓东（绿源农业）', role: 'applicant', orgId: applicantOrg.id },
      { username: 'applicant-hospital', displayName: '吴主任（市人民医院）', role: 'applicant', orgId: hospital.id },
      { username: 'citizen', displayName: '公众用户', role: 'public' },
    ];
    const accounts: DemoAccount[] = [];
    for (const spec of accountSpecs) {
      const created = await createUser(tx, systemActor, { ...spec, password });
      accounts.push({
        username: spec.username,
        role: spec.role,
        displayName: spec.displayName,
        totpSecret: created.totpSecret,
      });
    }
    const planned = await seedDemoProjects(tx, { random, applicantOrgId: applicantOrg.id, hospitalId: hospital.id });
    await seedDemoApplications(tx, { applicantOrgId: applicantOrg.id, storage: o.storage });
    const expert = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'expert'));
    await assignDemoExpert(tx, { expertId: expert[0]!.id, callId: planned.underReviewCallId, random });
    await seedDemoExperts(tx, { random, underReviewCallId: planned.underReviewCallId });
    await seedDemoExecution(tx);
    await seedDemoPatents(tx, { random, applicantOrgId: applicantOrg.id });
    await seedDemoRegistries(tx, { random, applicantOrgId: applicantOrg.id });
    await seedDemoLastYearTargets(tx);
    await seedDemoTargets(tx);
    await seedDemoLetters(tx, { storage: o.storage, year: demoYears().L });
    await seedDemoLetters(tx, { storage: o.storage });
    await seedDemoPortal(tx);
    await seedDemoDisclosure(tx);
    await seedDemoDesk(tx);
    await seedDemoSummary(tx);
    const counts = {
      jurisdictions: demoJurisdictions.length,
      sections: demoSections.length,
      orgs: insertedOrgs.length,
      people: peopleRows.length,
      calls: planned.calls,
      projects: planned.projects,
    };
    await recordAudit(tx, systemActor, { action: 'demo.seed', entityType: 'system', after: counts });
    return { seeded: true, password, passwordGenerated, accounts, counts };
  });
}

function personName(random: () => number): string {
  return pick(random, surnames) + pick(random, givenNames);
}
