/** Who handles 依申请公开 in the back office: the bureau's staff (its open-government office) and its leaders. */
export const disclosureHandlers = ['staff', 'leader'] as const;
