import { type DisclosureApplicantKind, type DisclosureOutcome, disclosureOutcomes } from '../../db/tables/index.js';
import type { Language } from '../../server/errors.js';
import { wordsIn } from '../../server/words.js';

const regulation = '《中华人民共和国政府信息公开条例》';

/** The grounds under each outcome, in the order of 国办公开办函〔2021〕30号's table. */
const groundsOf: Record<DisclosureOutcome, readonly string[]> = disclosureOutcomes;

/**
 * The outcomes and their grounds in the words of 国办公开办函〔2021〕30号's table (the annual report prints
 * them as they are), the applicant kinds, forms and ways of delivery — from the interface's catalogue.
 */
export function disclosureWordsIn(language: Language) {
  const t = wordsIn(language);
  const table = (key: string) => t(key, { returnObjects: true }) as Record<string, string>;
  const reasons = table('disclosure.official.reasons');
  const labels = table('disclosure.outcomes');
  const outcomes = Object.fromEntries(
    (Object.keys(groundsOf) as DisclosureOutcome[]).map((outcome) => [
      outcome,
      { label: labels[outcome]!, reasons: Object.fromEntries(groundsOf[outcome].map((g) => [g, reasons[g]!])) },
    ]),
  ) as Record<DisclosureOutcome, { label: string; reasons: Record<string, string> }>;
  return {
    outcomes,
    kinds: table('disclosure.kinds') as Record<DisclosureApplicantKind, string>,
    forms: table('disclosure.forms') as Record<'paper' | 'electronic', string>,
    deliveries: table('disclosure.official.deliveries') as Record<'mail' | 'email' | 'pickup' | 'online', string>,
  };
}

/** The provision a reply cites by default, by outcome and ground. */
export function defaultLegalBasis(outcome: DisclosureOutcome, reason: string | null | undefined): string {
  const article = (text: string) => `${regulation}${text}`;
  switch (outcome) {
    case 'disclose':
      return article('第三十六条第（二）项');
    case 'partial':
      return article('第三十六条第（三）项、第三十七条');
    case 'withhold': {
      const ground: Record<string, string> = {
        state_secret: '第十四条',
        law_forbids: '第十四条',
        three_securities: '第十四条',
        third_party: '第十五条',
        internal: '第十六条第一款',
        process: '第十六条第二款',
        enforcement: '第十六条第二款',
        query: '第三十六条第（七）项',
      };
      return article(`第三十六条第（三）项${reason && ground[reason] ? `、${ground[reason]}` : ''}`);
    }
    case 'unavailable':
      return article(
        reason === 'needs_making'
          ? '第三十八条'
          : reason === 'unclear'
            ? '第三十条'
            : '第三十六条第（四）项、第（五）项',
      );
    case 'not_processed':
      return article(
        reason === 'repeat' ? '第三十六条第（六）项' : reason === 'excessive' ? '第三十五条' : '第三十九条',
      );
    case 'other':
      return reason === 'no_correction'
        ? article('第三十条')
        : reason === 'no_fee'
          ? article('第四十二条')
          : regulation;
  }
}
