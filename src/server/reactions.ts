import { executeApprovals } from '../domains/approvals/executors.js';
import { executeSubsidyPayment } from '../domains/patents/batches.js';
import { reactToApprovals } from '../domains/projects/reactions.js';
import { executeProjectDecision } from '../domains/projects/transitions.js';
import { recognizePlatform } from '../domains/registries/recognition.js';
import { executeAssessmentResult } from '../domains/targets/assessments.js';
import { executeLetterIssue } from '../domains/targets/letters.js';

/**
 * What one domain does when another acts, in the same transaction: wired here, once per process, so that
 * the acting domain never imports the reacting one. Every entry point (the server, the command line)
 * calls this before anything acts; wiring twice changes nothing.
 */
export function wireReactions(): void {
  // An approved recognition (载体认定) becomes a platform record.
  reactToApprovals(recognizePlatform);
  // What each kind of approval does when its last step is signed.
  executeApprovals('project_decision', executeProjectDecision);
  executeApprovals('subsidy_payment', executeSubsidyPayment);
  executeApprovals('letter_issue', executeLetterIssue);
  executeApprovals('assessment_result', executeAssessmentResult);
}
