import { useState } from 'react';
import { useI18n } from '../lib/i18n/i18n';

/** Parts of the link that were ignored or corrected, said once, dismissible. */
export function ViewNotices({ notices }: { readonly notices: readonly string[] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const visible = notices.filter((notice) => !dismissed.includes(notice));
  if (visible.length === 0) return null;
  return (
    <div className="notice" role="status" aria-label={t.app.noticesLabel}>
      <p>{t.app.noticesIntro}</p>
      <ul>
        {visible.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed([...dismissed, ...visible])}>
        {t.app.dismiss}
      </button>
    </div>
  );
}
