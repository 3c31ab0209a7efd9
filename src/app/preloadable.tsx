import { lazy, useState, type ComponentType } from 'react';

/**
 * A lazily loaded component that renders without suspending once its code is in: `preload()` fetches it
 * (for example while the participant answers the last page), and a component mounted after that renders at
 * once. React holds a suspended boundary's content for 300 ms after its fallback showed; rendering loaded
 * code without a fresh suspension skips that wait. Mounted before the code is in, it suspends as `lazy`
 * does.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ readonly default: ComponentType<P> }>,
): {
  readonly Component: ComponentType<P>;
  readonly preload: () => Promise<unknown>;
  readonly isLoaded: () => boolean;
} {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ readonly default: ComponentType<P> }> | null = null;
  const preload = () => {
    loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    });
    return loading;
  };
  const Lazy = lazy(preload);
  function Component(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount it.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return { Component, preload, isLoaded: () => loaded !== null };
}
