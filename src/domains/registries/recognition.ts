import { platforms } from '../../db/tables/index.js';
import * as clock from '../../shared/clock.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ApprovalReaction } from '../projects/reactions.js';
import { naturalKeyOf } from './registry.service.js';
import { platformSpec } from './specs.js';
import { parseOption } from './values.js';

/**
 * 载体认定: a recognition application (a `platform` program) that is approved becomes a platform record,
 * in the same transaction as the approval (wired as a reaction to approvals). The kind comes from the
 * application form's `platformKind` field when the call asks for it, by name or code.
 */
export const recognizePlatform: ApprovalReaction = async (tx, actor, project) => {
  if (project.category !== 'platform') return;
  const requested = (project.formData as Record<string, unknown> | null)?.platformKind;
  // The call's form may offer the kinds by their Chinese names (企业技术中心 …) or by their codes.
  const kind =
    typeof requested === 'string'
      ? parseOption(platformSpec, platformSpec.fields.find((f) => f.key === 'kind')!, requested)
      : undefined;
  const values = {
    name: project.title,
    kind: kind ?? 'other',
    level: project.level,
    orgId: project.orgId,
    jurisdictionCode: project.jurisdictionCode,
    // Dated by the approval's day in Beijing, so a decision at 07:00 Beijing counts in that day and year.
    recognizedOn: clock.beijingDay(project.decidedAt),
    docNo: project.docNo ?? null,
    status: 'active',
    projectId: project.id,
  };
  const [row] = await tx
    .insert(platforms)
    .values({ ...values, naturalKey: naturalKeyOf(platformSpec, values) })
    .onConflictDoNothing()
    .returning({ id: platforms.id });
  if (row)
    await recordAudit(tx, actor, {
      action: 'platforms.recognize',
      entityType: 'platforms',
      entityId: row.id,
      after: values,
    });
};
