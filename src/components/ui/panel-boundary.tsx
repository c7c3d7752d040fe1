import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n';

interface Props {
  readonly name: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Contains a rendering error to one panel: an alert with Retry there, the rest keeps working. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(thrown: unknown): State {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The "${this.props.name}" panel failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <PanelError
        name={this.props.name}
        message={error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function PanelError(props: {
  readonly name: string;
  readonly message: string;
  readonly onRetry: () => void;
}) {
  const { t } = useI18n();
  const reason = props.message.trim().replace(/\.$/, '') || t.app.unexpectedError;
  return (
    <div role="alert" className="panel-error">
      <p>{t.app.panelFailed({ name: props.name, reason })}</p>
      <button type="button" onClick={props.onRetry}>
        {t.app.retry}
      </button>
    </div>
  );
}
