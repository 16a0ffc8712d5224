import type { RegistrySpec } from './spec.js';

const levels = ['national', 'provincial', 'prefecture', 'city'] as const;
const bureau = ['staff', 'leader'] as const;

/** 创新载体: research centres, technology centres, labs, incubators, workstations, parks and bases. */
export const platformSpec: RegistrySpec = {
  name: 'platforms',
  titleField: 'name',
  yearField: 'recognizedOn',
  naturalKey: ['name', 'level'],
  readers: [...bureau, 'liaison', 'applicant'],
  writers: ['staff'],
  fields: [
    { key: 'name', type: 'text', required: true, max: 200, aliases: ['载体名称', '平台名称', '中心名称'] },
    {
      key: 'kind',
      type: 'select',
      required: true,
      filter: true,
      options: [
        'engineering_center',
        'enterprise_tech_center',
        'key_lab',
        'incubator',
        'startup_center',
        'academician_workstation',
        'postdoc_workstation',
        'agri_park',
        'other',
      ],
      aliases: ['类型', '载体类型', '类别', '载体类别', '平台类型', '平台类别'],
    },
    {
      key: 'level',
      type: 'select',
      required: true,
      filter: true,
      options: levels,
      aliases: ['级别', '载体级别', '认定级别', '层级'],
    },
    {
      key: 'orgId',
      type: 'org',
      required: true,
      aliases: ['依托单位', '承建单位', '单位名称', '建设单位', '企业名称'],
    },
    { key: 'jurisdictionCode', type: 'jurisdiction', filter: true, aliases: ['所在镇', '属地'] },
    { key: 'recognizedOn', type: 'date', required: true, aliases: ['认定时间', '批准时间', '认定日期'] },
    { key: 'docNo', type: 'text', wideOnly: true, max: 60, aliases: ['批准文号', '认定文号'] },
    // A list of recognitions says nothing of status: every platform on it is in force.
    {
      key: 'status',
      type: 'select',
      required: true,
      filter: true,
      options: ['active', 'warned', 'revoked'],
      default: 'active',
      aliases: ['状态', '当前状态'],
    },
    { key: 'evaluationYear', type: 'year', hideInList: true, aliases: ['考评年度'] },
    {
      key: 'evaluation',
      type: 'select',
      wideOnly: true,
      options: ['excellent', 'good', 'pass', 'fail'],
      aliases: ['考评结果', '年度考评'],
    },
  ],
};

/** 资质: high-tech enterprises, technology-based SMEs and the like, with certificate and validity. */
export const qualificationSpec: RegistrySpec = {
  name: 'qualifications',
  titleField: 'certificateNo',
  yearField: 'issuedOn',
  naturalKey: ['kind', 'certificateNo'],
  readers: [...bureau, 'liaison', 'applicant'],
  writers: ['staff', 'applicant'],
  fields: [
    { key: 'orgId', type: 'org', required: true, aliases: ['企业名称', '单位名称'] },
    {
      key: 'kind',
      type: 'select',
      required: true,
      filter: true,
      options: ['high_tech_enterprise', 'tech_sme', 'private_tech_enterprise', 'innovative_enterprise', 'other'],
      aliases: ['资质类型', '类别', '资质类别', '认定类型'],
    },
    {
      key: 'certificateNo',
      type: 'text',
      required: true,
      max: 60,
      aliases: ['证书编号', '编号', '证书号', '入库登记编号'],
    },
    { key: 'issuer', type: 'text', max: 100, hideInList: true, aliases: ['发证机关', '认定机构'] },
    { key: 'issuedOn', type: 'date', required: true, aliases: ['发证日期', '认定日期', '发证时间'] },
    { key: 'validUntil', type: 'date', required: true, expires: true, aliases: ['有效期至', '有效期'] },
    { key: 'jurisdictionCode', type: 'jurisdiction', filter: true, aliases: ['所在镇', '属地'] },
  ],
};

/** 产学研合作: an enterprise's agreements with universities and institutes. */
export const cooperationSpec: RegistrySpec = {
  name: 'cooperations',
  titleField: 'subject',
  yearField: 'signedOn',
  naturalKey: ['orgId', 'partner', 'subject'],
  readers: [...bureau, 'liaison', 'applicant'],
  writers: ['staff', 'applicant'],
  fields: [
    { key: 'orgId', type: 'org', required: true, aliases: ['企业名称', '合作企业'] },
    {
      key: 'partner',
      type: 'text',
      required: true,
      max: 100,
      aliases: ['合作院校', '合作单位', '高校院所', '合作方', '合作高校'],
    },
    { key: 'subject', type: 'text', required: true, max: 200, aliases: ['合作项目', '合作内容', '项目名称'] },
    { key: 'amount', type: 'money', aliases: ['合同金额', '金额（元）', '合同金额（元）'] },
    { key: 'signedOn', type: 'date', required: true, aliases: ['签订日期', '签约时间'] },
    { key: 'endsOn', type: 'date', hideInList: true, aliases: ['截止日期', '结束日期'] },
    { key: 'projectId', type: 'project', hideInList: true, aliases: ['关联项目', '项目名称'] },
    { key: 'jurisdictionCode', type: 'jurisdiction', filter: true, aliases: ['所在镇', '属地'] },
  ],
};

/** 科技经费: allocations from higher levels, the local fiscal appropriation, and enterprises' own investment. */
export const fundSpec: RegistrySpec = {
  name: 'funds',
  titleField: 'title',
  yearField: 'year',
  naturalKey: ['kind', 'year', 'title', 'docNo', 'orgId'],
  readers: [...bureau, 'applicant'],
  writers: ['staff', 'applicant'],
  fields: [
    {
      key: 'kind',
      type: 'select',
      required: true,
      filter: true,
      options: ['superior', 'local', 'self_raised'],
      aliases: ['经费类别', '类别'],
    },
    { key: 'year', type: 'year', required: true, aliases: ['年度'] },
    { key: 'title', type: 'text', required: true, max: 200, aliases: ['项目名称', '预算科目', '摘要', '名称'] },
    {
      key: 'sourceLevel',
      type: 'select',
      wideOnly: true,
      filter: true,
      options: levels,
      aliases: ['来源级别', '下达级别'],
    },
    { key: 'docNo', type: 'text', wideOnly: true, max: 60, aliases: ['文号', '下达文号'] },
    { key: 'orgId', type: 'org', aliases: ['企业名称', '单位名称'] },
    { key: 'projectId', type: 'project', hideInList: true, aliases: ['关联项目'] },
    { key: 'receivedOn', type: 'date', aliases: ['到账日期', '拨付日期', '日期'] },
    { key: 'amount', type: 'money', required: true, aliases: ['金额（元）', '金额'] },
    { key: 'checked', type: 'boolean', staffOnly: true, aliases: ['已核实'] },
  ],
};

/** 政务信息与宣传: articles sent to the provincial information system, the city daily and other outlets. */
export const publicitySpec: RegistrySpec = {
  name: 'publicity',
  titleField: 'title',
  yearField: 'sentOn',
  naturalKey: ['title', 'outletCode'],
  attachment: true,
  readers: [...bureau],
  writers: ['staff'],
  fields: [
    { key: 'title', type: 'text', required: true, max: 200, aliases: ['标题', '稿件标题', '信息标题'] },
    { key: 'outletCode', type: 'outlet', required: true, filter: true, aliases: ['报送渠道', '投稿单位', '媒体'] },
    { key: 'sectionCode', type: 'section', filter: true, aliases: ['科室', '报送科室'] },
    { key: 'author', type: 'text', wideOnly: true, max: 50, aliases: ['作者', '撰稿人'] },
    { key: 'sentOn', type: 'date', required: true, aliases: ['报送日期', '投稿日期'] },
    // A list of articles sent says adopted or not only once an outlet answers: until then, not adopted.
    { key: 'adopted', type: 'boolean', filter: true, default: 'false', aliases: ['是否录用', '录用', '录用情况'] },
    { key: 'adoptedOn', type: 'date', aliases: ['录用日期'] },
    { key: 'link', type: 'url', hideInList: true, max: 500, aliases: ['链接', '网址'] },
  ],
};

export const registrySpecs = {
  platforms: platformSpec,
  qualifications: qualificationSpec,
  cooperations: cooperationSpec,
  funds: fundSpec,
  publicity: publicitySpec,
} as const;
