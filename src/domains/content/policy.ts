/** Who writes and reviews the public site and answers its messages: the bureau's staff and its leaders. */
export const contentEditors = ['staff', 'leader'] as const;
