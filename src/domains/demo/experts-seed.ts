import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { calls, expertProfiles, orgs, programs, projects, reviewAssignments, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import * as clock from '../../shared/clock.js';
import { systemActor } from '../audit/audit.service.js';
import { drawPanel } from '../experts/panels.js';
import { pick } from './generate.js';

const fields = ['农业', '食品', '医药卫生', '电子信息', '机械制造', '新材料', '环境保护', '生物技术'] as const;
const titles = ['研究员', '教授', '高级工程师', '副研究员', '副教授', '主任医师', '正高级工程师'] as const;
const names = [
  '孙立新',
  '周文博',
  '吴海燕',
  '郑国强',
  '王建华',
  '冯晓梅',
  '陈志远',
  '褚明亮',
  '卫红霞',
  '蒋德胜',
  '沈丽君',
  '韩永刚',
  '杨春生',
  '朱秀英',
  '秦海波',
  '尤建国',
  '许慧敏',
  '何振宇',
  '吕晓东',
  '施玉兰',
  '张海峰',
  '孔令辉',
  '曹文静',
  '严国平',
  '华立军',
  '金晓燕',
  '魏长青',
  '陶志刚',
  '姜丽萍',
];

/**
 * 专家库 of the demo city: about thirty experts across eight fields, of the city's universities, institutes,
 * hospitals and firms, each with a title and specialty; one on leave and one with a declared conflict. Past
 * reviews were scored by panels of five (so a spread means something), and the provincial call now under
 * review has a panel drawn at random with its seed on record.
 */
export async function seedDemoExperts(tx: Tx, o: { random: () => number; underReviewCallId: number }) {
  const [lead] = await tx.select().from(users).where(eq(users.username, 'expert'));
  if (!lead) return;
  const hosts = await tx
    .select({ id: orgs.id, code: orgs.jurisdictionCode, type: orgs.type })
    .from(orgs)
    .where(inArray(orgs.type, ['university', 'institute', 'hospital', 'school', 'enterprise']))
    .limit(200);
  // A doctor works at a hospital, a researcher at an institute, a professor at a university or college, an engineer at a firm.
  const hostTypes: Record<string, string[]> = {
    主任医师: ['hospital'],
    研究员: ['institute'],
    副研究员: ['institute'],
    教授: ['university', 'school', 'institute'],
    副教授: ['university', 'school', 'institute'],
  };
  const hostFor = (title: string) => {
    const fitting = hosts.filter((h) => (hostTypes[title] ?? ['enterprise']).includes(h.type));
    return pick(o.random, fitting.length ? fitting : hosts.filter((h) => h.type === 'enterprise'));
  };
  // One password for the demo: the experts share the lead expert's hash (no second hashing of the same word).
  const made = await tx
    .insert(users)
    .values(
      names.map((name, i) => {
        const host = hostFor(titles[i % titles.length]!);
        return {
          username: `expert${String(i + 2).padStart(2, '0')}`,
          displayName: name,
          role: 'expert' as const,
          orgId: host.id,
          jurisdictionCode: host.code,
          passwordHash: lead.passwordHash,
        };
      }),
    )
    .returning({ id: users.id });
  const today = clock.today();
  await tx.insert(expertProfiles).values([
    { userId: lead.id, fields: ['农业', '生物技术'], title: '教授', specialty: '设施园艺与果树栽培' },
    ...made.map((u, i) => ({
      userId: u.id,
      fields:
        titles[i % titles.length] === '主任医师'
          ? ['医药卫生', '生物技术']
          : [fields[i % fields.length]!, fields[(i + 3) % fields.length]!],
      title: titles[i % titles.length]!,
      specialty:
        titles[i % titles.length] === '主任医师' ? '临床医学与新药评价' : `${fields[i % fields.length]}领域技术评价`,
      // One abroad until the new year; one who declared a conflict with a firm.
      available: i !== 4,
      unavailableUntil: i === 4 ? clock.addDays(today, 40) : null,
      conflictOrgIds: i === 9 ? [pick(o.random, hosts).id] : [],
    })),
  ]);

  // Past reviews: the lead expert's scored lines get four colleagues' beside them.
  const scored = await tx
    .select()
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.expertId, lead.id), isNotNull(reviewAssignments.scoredAt)));
  const panel = made.slice(0, 4).map((u) => u.id);
  const lines = scored.flatMap((line) =>
    panel.map((expertId) => {
      const scores = Object.fromEntries(
        Object.entries(line.scores as Record<string, number>).map(([k, v]) => [
          k,
          Math.max(0, v + Math.round((o.random() - 0.5) * 6)),
        ]),
      );
      return {
        projectId: line.projectId,
        expertId,
        scores,
        totalScore: Object.values(scores).reduce((a, b) => a + b, 0),
        comment: pick(o.random, [
          '技术路线可行，建议支持',
          '创新点明确，预期效益较好',
          '研究基础扎实，经费预算基本合理',
          '示范推广前景较好，建议完善考核指标',
        ]),
        assignedAt: line.assignedAt,
        scoredAt: line.scoredAt,
      };
    }),
  );
  if (lines.length) await tx.insert(reviewAssignments).values(lines).onConflictDoNothing();

  // The call under review: the lead expert was asked by hand; four more are drawn from the pool now, by its section's clerk.
  const [call] = await tx
    .select({ section: programs.sectionCode })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(eq(calls.id, o.underReviewCallId));
  const [clerk] = call
    ? await tx
        .select()
        .from(users)
        .where(and(eq(users.role, 'staff'), eq(users.sectionCode, call.section)))
    : [];
  const [waiting] = await tx
    .select({ n: count() })
    .from(projects)
    .where(and(eq(projects.callId, o.underReviewCallId), eq(projects.state, 'under_review')));
  if (!clerk || !waiting?.n) return;
  const staff: SessionUser = {
    id: clerk.id,
    username: clerk.username,
    displayName: clerk.displayName,
    role: clerk.role,
    orgId: null,
    jurisdictionCode: null,
    sectionCode: clerk.sectionCode,
  };
  await drawPanel(
    tx,
    staff,
    { ...systemActor, id: staff.id, name: staff.username, role: staff.role },
    o.underReviewCallId,
    { field: '农业', size: 4, dueOn: clock.addDays(today, 10) },
  );
}
