import { useState } from 'react';

/** Parts of the link that were ignored or corrected, said once, dismissible. */
export function ViewNotices({ notices }: { readonly notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const visible = notices.filter((notice) => !dismissed.includes(notice));
  if (visible.length === 0) return null;
  return (
    <div className="notice" role="status" aria-label="Notices about this link">
      <p>Some parts of this link were not used:</p>
      <ul>
        {visible.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed([...dismissed, ...visible])}>
        Dismiss
      </button>
    </div>
  );
}
