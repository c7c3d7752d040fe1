// Loaded on first use (from a chart's Export menu): the code that embeds the chart in another page.
import { useEffect, useId, useRef, useState } from 'react';
import {
  EMBED_THEMES,
  embedSnippet,
  embedUrl,
  FALLBACK_HEIGHTS,
  type EmbedChart,
  type EmbedTheme,
} from '../../lib/embed-snippet';
import type { Locale } from '../../lib/format';
import { embedChartTitle } from '../../lib/i18n/embed-words';
import { MESSAGES, useI18n } from '../../lib/i18n/i18n';
import './embed-dialog.css';

interface EmbedDialogProps {
  readonly chart: EmbedChart;
  /** The dataset's version, `YYYY-MM-DD`, to pin the embed to; null when the data states none. */
  readonly version: string | null;
  readonly onClose: () => void;
}

interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
  readonly disabled?: boolean;
}

/** One set of radio buttons. */
function Choices<Value extends string>({
  legend,
  choices,
  value,
  onChange,
}: {
  readonly legend: string;
  readonly choices: readonly Choice<Value>[];
  readonly value: Value;
  readonly onChange: (value: Value) => void;
}) {
  const name = useId();
  return (
    <fieldset className="embed-choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            disabled={choice.disabled}
            onChange={() => onChange(choice.value)}
          />{' '}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A modal dialog: the options, the snippet and its Copy button; Escape or Close ends it. */
export default function EmbedDialog({ chart, version, onClose }: EmbedDialogProps) {
  const { t, f, locale } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const codeId = useId();
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [lang, setLang] = useState<Locale>(locale);
  const [data, setData] = useState<'live' | 'pinned'>('live');
  const [status, setStatus] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  const pinnedVersion = data === 'pinned' ? version : null;
  const src = embedUrl(window.location.href, { chart, theme, lang, pinnedVersion });
  const frameTitle = MESSAGES[lang].embed.frameTitle({
    title: embedChartTitle(chart, MESSAGES[lang]),
  });
  const snippet = embedSnippet(src, chart, frameTitle);
  const choose =
    <Value,>(set: (value: Value) => void) =>
    (value: Value) => {
      set(value);
      setStatus('');
    };
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(snippet);
      setStatus(t.embed.copied);
    } catch {
      setStatus(t.embed.copyFailed);
    }
  };
  const themeLabels = {
    auto: t.embed.themeAuto,
    light: t.embed.themeLight,
    dark: t.embed.themeDark,
  };
  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t.embed.dialogTitle({ title: embedChartTitle(chart, t) })}</h2>
      <div className="embed-options">
        <Choices
          legend={t.embed.theme}
          choices={EMBED_THEMES.map((value) => ({ value, label: themeLabels[value] }))}
          value={theme}
          onChange={choose(setTheme)}
        />
        <Choices
          legend={t.embed.language}
          choices={[
            { value: 'en', label: t.embed.english },
            { value: 'fr', label: t.embed.french },
          ]}
          value={lang}
          onChange={choose(setLang)}
        />
        <Choices
          legend={t.embed.data}
          choices={[
            { value: 'live', label: t.embed.live },
            {
              value: 'pinned',
              label:
                version === null
                  ? t.embed.noVersion
                  : t.embed.pinned({ version: f.formatDate(version) }),
              disabled: version === null,
            },
          ]}
          value={data}
          onChange={choose(setData)}
        />
      </div>
      <label htmlFor={codeId}>{t.embed.code}</label>
      <textarea id={codeId} readOnly value={snippet} rows={8} spellCheck={false} />
      <p className="embed-help">
        {t.embed.codeHelp({ n: f.formatCount(FALLBACK_HEIGHTS[chart]) })}
      </p>
      <div className="embed-actions">
        <button type="button" onClick={() => void copy()}>
          {t.embed.copy}
        </button>
        <button type="button" onClick={onClose}>
          {t.embed.close}
        </button>
        <span role="status">{status}</span>
      </div>
    </dialog>
  );
}
