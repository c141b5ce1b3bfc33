/** The legacy layout's links to one case: the older case link of Seller Central (evidence M, seller-central-pages.md). */
/** The older case link (`/messaging/inbox?fi=caseId&ss=<caseId>&cc=<caseId>`): the legacy layout's one case. */
export const legacyCaseHref = (caseId: string): string => {
  const id = encodeURIComponent(caseId);
  return `/messaging/inbox?fi=caseId&ss=${id}&cc=${id}`;
};

/** The case an older case link names (`cc`, else `ss` of `fi=caseId`); undefined when the URL is the list. */
export const legacyCaseIdOf = (q: URLSearchParams): string | undefined =>
  q.get('cc') ?? (q.get('fi')?.toLowerCase() === 'caseid' ? q.get('ss') ?? '' : undefined);
