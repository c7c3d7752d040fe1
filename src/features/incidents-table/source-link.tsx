import { parseSourceUrl } from '../../lib/source-url';

interface SourceLinkProps {
  readonly url: string;
  /** `hostname` for the compact table cell, `url` for the detail panel. */
  readonly label: 'hostname' | 'url';
}

/** A source as an external link when it is http(s), and as plain text otherwise. */
export function SourceLink({ url, label }: SourceLinkProps) {
  const target = parseSourceUrl(url);
  if (target === null) {
    return <span className="source-text">{url}</span>;
  }
  return (
    <a href={target.href} target="_blank" rel="noopener noreferrer">
      {label === 'hostname' ? target.hostname : url}
    </a>
  );
}
