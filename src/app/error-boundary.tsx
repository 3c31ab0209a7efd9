import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback() {
  const { t } = useTranslation();
  return (
    <div className="card card-attention" role="alert">
      <h1>{t('app.errorTitle')}</h1>
      <p>{t('app.errorBody')}</p>
      <button type="button" className="button button-primary" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/** Catches a rendering error in a view; answers are already saved, so a reload continues safely. */
export class ErrorBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.failed ? <Fallback /> : this.props.children;
  }
}
