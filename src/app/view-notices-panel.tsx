import { useState } from 'react';
import { useI18n } from '../lib/i18n/i18n';

/** Notices listed one by one; the rest are counted ("and 1,470 more"). */
export const MAX_LISTED_NOTICES = 12;

/** Parts of the link that were ignored or corrected, said once, dismissible. */
export function ViewNotices({ notices }: { readonly notices: readonly string[] }) {
  const { t, f } = useI18n();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const visible = notices.filter((notice) => !dismissed.has(notice));
  if (visible.length === 0) return null;
  const listed = visible.slice(0, MAX_LISTED_NOTICES);
  const more = visible.length - listed.length;
  return (
    <div className="notice" role="status" aria-label={t.app.noticesLabel}>
      <p>{t.app.noticesIntro}</p>
      <ul>
        {listed.map((notice) => (
          <li key={notice}>
            <bdi>{notice}</bdi>
          </li>
        ))}
        {more > 0 && <li>{t.app.noticesMore({ n: f.formatCount(more) })}</li>}
      </ul>
      <button type="button" onClick={() => setDismissed(new Set([...dismissed, ...visible]))}>
        {t.app.dismiss}
      </button>
    </div>
  );
}
