import { useState } from 'preact/hooks';

/** Asks the page's content script for its report; the text to copy, or throws when the page does not answer. */
export type RequestPageReport = () => Promise<string>;

/**
 * "JSS Guard could not read this page", for a page of a known kind that yielded nothing useful, with the page report a
 * bug report needs. The report is shown before it is pasted anywhere: the freelancer sees what they share.
 */
export function UnreadPage({
  summary,
  requestReport,
}: {
  summary: string | undefined;
  requestReport: RequestPageReport | undefined;
}) {
  const [report, setReport] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    let text: string;
    try {
      text = (await requestReport?.()) ?? '';
    } catch {
      setStatus('The page did not answer: reload it, then try again.');
      return;
    }
    setReport(text);
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied: paste it into your bug report. It is shown below.');
    } catch {
      setStatus('Your browser did not let JSS Guard copy it: select the report below and copy it.');
    }
  };
  return (
    <section class="this-page unread" aria-labelledby="this-page-title">
      <h2 id="this-page-title">This page</h2>
      <p class="verdict">JSS Guard could not read this page{summary ? `: ${summary}` : ''}.</p>
      <p class="hint">
        Upwork may have changed it, so JSS Guard shows nothing for it. A page report helps fix that: what JSS
        Guard read here, and the page’s structure (tag and class names, no text).
      </p>
      {requestReport && (
        <button type="button" class="copy-report" onClick={copy}>
          Copy page report
        </button>
      )}
      <p class="copy-status" role="status">
        {status}
      </p>
      {report !== null && (
        <textarea class="page-report" readOnly aria-label="Page report" rows={6} value={report} />
      )}
    </section>
  );
}
