import type { DisclosureApplicantKind, DisclosureOutcome } from '../../db/tables/index.js';

const regulation = '《中华人民共和国政府信息公开条例》';

/**
 * The outcomes and their grounds in the words of 国办公开办函〔2021〕30号's table (the annual report prints
 * them as they are), and the provision of the Regulations each reply cites by default. Staff may cite
 * otherwise; the default is what a reviewing body expects to read.
 */
export const outcomeWords: Record<DisclosureOutcome, { label: string; reasons: Record<string, string> }> = {
  disclose: { label: '予以公开', reasons: {} },
  partial: { label: '部分公开', reasons: {} },
  withhold: {
    label: '不予公开',
    reasons: {
      state_secret: '属于国家秘密',
      law_forbids: '其他法律行政法规禁止公开',
      three_securities: '危及“三安全一稳定”',
      third_party: '保护第三方合法权益',
      internal: '属于三类内部事务信息',
      process: '属于四类过程性信息',
      enforcement: '属于行政执法案卷',
      query: '属于行政查询事项',
    },
  },
  unavailable: {
    label: '无法提供',
    reasons: {
      not_held: '本机关不掌握相关政府信息',
      needs_making: '没有现成信息需要另行制作',
      unclear: '补正后申请内容仍不明确',
    },
  },
  not_processed: {
    label: '不予处理',
    reasons: {
      petition: '信访举报投诉类申请',
      repeat: '重复申请',
      publication: '要求提供公开出版物',
      excessive: '无正当理由大量反复申请',
      confirm: '要求行政机关确认或重新出具已获取信息',
    },
  },
  other: {
    label: '其他处理',
    reasons: {
      no_correction: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      no_fee: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      other: '其他',
    },
  },
};

export const outcomeWordsEn: Record<DisclosureOutcome, { label: string; reasons: Record<string, string> }> = {
  disclose: { label: 'Disclosed', reasons: {} },
  partial: { label: 'Partly disclosed', reasons: {} },
  withhold: {
    label: 'Not disclosed',
    reasons: {
      state_secret: 'A state secret',
      law_forbids: 'Other laws or regulations forbid disclosure',
      three_securities: 'Would endanger national, public or economic security or social stability',
      third_party: "Protects a third party's lawful rights",
      internal: 'Internal affairs',
      process: 'Process information',
      enforcement: 'Law-enforcement files',
      query: 'An administrative enquiry with its own rules',
    },
  },
  unavailable: {
    label: 'Cannot be provided',
    reasons: {
      not_held: 'The bureau does not hold it',
      needs_making: 'It does not exist and would have to be produced',
      unclear: 'Still unclear after correction',
    },
  },
  not_processed: {
    label: 'Not processed',
    reasons: {
      petition: 'A petition, report or complaint',
      repeat: 'A repeated request',
      publication: 'Asks for published material',
      excessive: 'Unreasonably many requests',
      confirm: 'Asks to confirm or re-issue information already obtained',
    },
  },
  other: {
    label: 'Other handling',
    reasons: { no_correction: 'Not corrected in time', no_fee: 'The fee was not paid in time', other: 'Other' },
  },
};

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

export const applicantKindWords: Record<DisclosureApplicantKind, string> = {
  person: '自然人',
  company: '商业企业',
  research: '科研机构',
  public_interest: '社会公益组织',
  legal_service: '法律服务机构',
  other: '其他组织',
};

export const applicantKindWordsEn: Record<DisclosureApplicantKind, string> = {
  person: 'Natural person',
  company: 'Business',
  research: 'Research body',
  public_interest: 'Public-interest organisation',
  legal_service: 'Legal-service body',
  other: 'Other organisation',
};

/** 提供形式 and 获取方式, as the form asks. */
export const formWords = { paper: '纸质', electronic: '电子文档' } as const;
export const formWordsEn = { paper: 'On paper', electronic: 'Electronic' } as const;
export const deliveryWords = {
  mail: '邮寄',
  email: '电子邮件',
  pickup: '当面领取',
  online: '网上获取（凭查询码下载）',
} as const;
export const deliveryWordsEn = {
  mail: 'By post',
  email: 'By e-mail',
  pickup: 'Collect in person',
  online: 'Online (download with the tracking code)',
} as const;
