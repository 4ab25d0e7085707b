import { Component, Suspense, use, useState, type ReactNode } from 'react';
import type { ShellStrings } from '../i18n/vi/shell';
import type { Section } from '../store/types';
import { LoadFailure } from './LoadFailure';
import { LoadingState } from './LoadingState';
import { forgetFailedLoad, loadScreen } from './screens';

interface BoundaryProps {
  children: ReactNode;
  fallback: (error: unknown) => ReactNode;
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
}

/** Catches a screen whose code failed to load (or that failed while rendering) so the rest of the app stays usable. */
class ScreenBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/** A screen's code, loaded on its first render; suspends (loading state) only while it is not here yet. */
function LoadedScreen({ section }: { section: Section }) {
  const { default: Screen } = use(loadScreen(section));
  return <Screen />;
}

/** The open screen: loaded on demand, with a loading state while it loads and a failure with "try again" if it cannot. */
export function ScreenSlot({ section, strings }: { section: Section; strings: Pick<ShellStrings, 'nav' | 'shell'> }) {
  const [attempt, setAttempt] = useState(0);
  const name = strings.nav[section];
  return (
    <ScreenBoundary
      key={`${section}:${attempt}`}
      fallback={(error) => (
        <LoadFailure
          strings={strings.shell}
          title={strings.shell.screenFailed(name)}
          error={error}
          onRetry={() => {
            forgetFailedLoad(section);
            setAttempt((n) => n + 1);
          }}
        />
      )}
    >
      <Suspense fallback={<LoadingState text={strings.shell.loadingScreen(name)} />}>
        <LoadedScreen section={section} />
      </Suspense>
    </ScreenBoundary>
  );
}
