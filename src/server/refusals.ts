import { AppError } from './errors.js';

/** Words in each language the API answers in. */
export interface Words {
  zh: string;
  en: string;
}

/** What a workflow acts on, as a refusal names it. */
const subjects = {
  project: { zh: '该申报（项目）', en: 'the application' },
  agreement: { zh: '该任务书', en: 'the task agreement' },
  progress_report: { zh: '该进度报告', en: 'the progress report' },
  change_request: { zh: '该变更申请', en: 'the change request' },
  letter: { zh: '该责任状', en: 'the responsibility letter' },
  round: { zh: '本轮考核', en: 'the assessment round' },
  target_report: { zh: '该指标进度报送', en: 'the progress figure' },
  claim: { zh: '该资助申请', en: 'the subsidy claim' },
  batch: { zh: '该拨付批次', en: 'the payment batch' },
  summary: { zh: '该年度工作总结', en: 'the annual summary' },
  portal_item: { zh: '该稿件', en: 'the item' },
  approval: { zh: '该审批事项', en: 'the approval' },
} satisfies Record<string, Words>;
export type Subject = keyof typeof subjects;

const states: Record<string, Words> = {
  'project.draft': { zh: '草稿', en: 'a draft' },
  'project.submitted': { zh: '已提交、待属地推荐', en: 'submitted, awaiting recommendation' },
  'project.withdrawn': { zh: '已撤回', en: 'withdrawn' },
  'project.recommended': { zh: '已推荐、待形式审查', en: 'recommended, awaiting formal review' },
  'project.returned': { zh: '退回修改', en: 'returned for revision' },
  'project.under_review': { zh: '专家评审中', en: 'under expert review' },
  'project.reviewed': { zh: '待局审定', en: 'awaiting the bureau’s decision' },
  'project.approved': { zh: '已立项', en: 'approved' },
  'project.reported': { zh: '已上报、待上级结果', en: 'reported to the higher level' },
  'project.rejected': { zh: '未立项', en: 'not approved' },
  'project.acceptance_requested': { zh: '已申请验收', en: 'awaiting acceptance' },
  'project.accepted': { zh: '已验收', en: 'accepted' },
  'project.failed_acceptance': { zh: '验收不通过', en: 'failed acceptance' },
  'project.terminated': { zh: '已终止', en: 'terminated' },
  'agreement.none': { zh: '尚未填报', en: 'not yet drafted' },
  'agreement.draft': { zh: '填报中', en: 'being drafted' },
  'agreement.submitted': { zh: '已提交、待签订', en: 'submitted, awaiting signature' },
  'agreement.signed': { zh: '已签订', en: 'signed' },
  'progress_report.due': { zh: '待报送', en: 'due' },
  'progress_report.submitted': { zh: '待审核', en: 'awaiting review' },
  'progress_report.accepted': { zh: '已通过', en: 'accepted' },
  'progress_report.returned': { zh: '退回修改', en: 'returned' },
  'change_request.pending': { zh: '待审批', en: 'pending' },
  'change_request.approved': { zh: '已批准', en: 'approved' },
  'change_request.refused': { zh: '未批准', en: 'refused' },
  'change_request.withdrawn': { zh: '已撤回', en: 'withdrawn' },
  'letter.draft': { zh: '草稿', en: 'a draft' },
  'letter.issued': { zh: '已下达、待签订', en: 'issued, awaiting signature' },
  'letter.signed': { zh: '已签订', en: 'signed' },
  'letter.locked': { zh: '已锁定', en: 'locked' },
  'round.open': { zh: '评分中', en: 'open for scoring' },
  'round.locked': { zh: '已锁定、待签发', en: 'locked, awaiting sign-off' },
  'round.signed_off': { zh: '已签发', en: 'signed off' },
  'target_report.draft': { zh: '草稿', en: 'a draft' },
  'target_report.submitted': { zh: '待审核', en: 'awaiting review' },
  'target_report.accepted': { zh: '已通过', en: 'accepted' },
  'target_report.returned': { zh: '退回修改', en: 'returned' },
  'claim.claimed': { zh: '待审核', en: 'awaiting review' },
  'claim.approved': { zh: '已核准', en: 'approved' },
  'claim.refused': { zh: '不予资助', en: 'refused' },
  'claim.paid': { zh: '已拨付', en: 'paid' },
  'batch.publicity': { zh: '公示中', en: 'under publicity' },
  'batch.publicised': { zh: '公示期满、待拨付', en: 'publicised, awaiting payment' },
  'batch.paid': { zh: '已拨付', en: 'paid' },
  'summary.draft': { zh: '草稿', en: 'a draft' },
  'summary.final': { zh: '已定稿', en: 'final' },
  'portal_item.draft': { zh: '草稿', en: 'a draft' },
  'portal_item.review': { zh: '待审核', en: 'in review' },
  'portal_item.published': { zh: '已发布', en: 'published' },
  'portal_item.withdrawn': { zh: '已撤回', en: 'withdrawn' },
  'approval.pending': { zh: '待审批', en: 'pending' },
  'approval.approved': { zh: '已批准', en: 'approved' },
  'approval.refused': { zh: '未批准', en: 'refused' },
  'approval.withdrawn': { zh: '已撤回', en: 'withdrawn' },
};

const actions: Record<string, Words> = {
  submit: { zh: '提交', en: 'submit it' },
  withdraw: { zh: '撤回', en: 'withdraw it' },
  recommend: { zh: '推荐', en: 'recommend it' },
  return: { zh: '退回', en: 'return it' },
  pass_formal_review: { zh: '进行形式审查', en: 'pass formal review' },
  finish_review: { zh: '结束专家评审', en: 'finish the expert review' },
  approve: { zh: '审定立项', en: 'approve it' },
  report_up: { zh: '上报上级', en: 'report it to the higher level' },
  record_result: { zh: '登记上级结果', en: 'record the higher level’s result' },
  reject: { zh: '审定不予立项', en: 'reject it' },
  midterm_check: { zh: '登记中期检查', en: 'record a mid-term check' },
  request_acceptance: { zh: '申请验收', en: 'request acceptance' },
  accept: { zh: '验收通过', en: 'accept it' },
  fail_acceptance: { zh: '验收不通过', en: 'fail it' },
  terminate: { zh: '终止', en: 'terminate it' },
  edit: { zh: '修改', en: 'change it' },
  save: { zh: '保存', en: 'save it' },
  upload: { zh: '上传附件', en: 'upload attachments' },
  delete_attachment: { zh: '删除附件', en: 'delete attachments' },
  assign_experts: { zh: '分配评审专家', en: 'assign experts' },
  score: { zh: '评分', en: 'score it' },
  add_funding: { zh: '登记拨款', en: 'record funding' },
  sign: { zh: '登记签订', en: 'record its signature' },
  lock: { zh: '锁定', en: 'lock it' },
  unlock: { zh: '解锁', en: 'unlock it' },
  sign_off: { zh: '签发', en: 'sign it off' },
  issue: { zh: '下达', en: 'issue it' },
  refuse: { zh: '不予资助', en: 'refuse it' },
  pay: { zh: '拨付', en: 'pay it' },
  publicise: { zh: '公示', en: 'publicise it' },
  decide: { zh: '审批', en: 'decide it' },
  publish: { zh: '发布', en: 'publish it' },
  redraft: { zh: '重新编辑', en: 'redraft it' },
  reopen: { zh: '撤销定稿', en: 'reopen it' },
  document: { zh: '生成文书', en: 'make its documents' },
};

/** The step that brings a project into a state, for "not yet …" refusals. */
const projectOrder = [
  'draft',
  'submitted',
  'recommended',
  'under_review',
  'reviewed',
  'approved',
  'acceptance_requested',
  'accepted',
] as const;
const projectStepInto: Record<string, Words> = {
  submitted: { zh: '提交', en: 'submitted' },
  recommended: { zh: '经属地推荐', en: 'recommended by its jurisdiction' },
  under_review: { zh: '通过形式审查', en: 'through formal review' },
  reviewed: { zh: '完成评审', en: 'through review' },
  approved: { zh: '立项', en: 'approved' },
  acceptance_requested: { zh: '申请验收', en: 'put forward for acceptance' },
};

const wordsOf = (map: Record<string, Words>, key: string, fallback: string): Words =>
  map[key] ?? { zh: fallback, en: fallback };

/**
 * A state refusal that says what stands in the way: "该申报尚未经属地推荐，不能进行形式审查" when an
 * earlier step is missing, else the state it is in ("该拨付批次当前为“已拨付”，不能拨付").
 */
export function refusal(
  subject: Subject,
  state: string | null,
  action: string,
  o: { allowedFrom?: readonly string[] } = {},
): AppError {
  const details = { state, action };
  const actionWords = wordsOf(actions, action, action);
  if (subject === 'project' && state && o.allowedFrom?.length) {
    const at = projectOrder.indexOf(state as (typeof projectOrder)[number]);
    const needed = o.allowedFrom
      .map((s) => projectOrder.indexOf(s as (typeof projectOrder)[number]))
      .filter((i) => i >= 0);
    const first = needed.length ? Math.min(...needed) : -1;
    if (at >= 0 && first > at) {
      const step = projectStepInto[projectOrder[first]!];
      if (step) return stepMissing(subject, step, action, details);
    }
  }
  const stateWords = state ? wordsOf(states, `${subject}.${state}`, state) : wordsOf(states, `${subject}.none`, '—');
  return new AppError('INVALID_TRANSITION', {
    params: { subject: subjects[subject], state: stateWords, action: actionWords },
    details,
  });
}

/**
 * A refusal naming the step that must come first, in words given by the caller: still 409
 * INVALID_TRANSITION, its message the sentence "该申报（项目）尚未经属地推荐，不能进行形式审查".
 */
export function stepMissing(subject: Subject, step: Words, action: string, details?: unknown): AppError {
  const who = subjects[subject];
  const what = wordsOf(actions, action, action);
  const sentence = {
    zh: `${who.zh}尚未${step.zh}，不能${what.zh}`,
    en: `Cannot ${what.en}: ${who.en} has not yet been ${step.en}`,
  };
  return new AppError('INVALID_TRANSITION', { sentence, details });
}
