// The declarations of ory-wasm/react (js/react.js). Written by hand: scripts/build.mjs copies
// them into pkg/ and points the import of the models at ./index.js.
import type { CSSProperties, ReactElement, ReactNode } from "react";
import type { FlowType, OryError, RenderOptions, Session } from "ory-wasm";
import type { SessionStore } from "./session.js";

/**
 * Props of {@link OryFlow}: the flow type, the options of `startFlow` (`basePath`, `flowId`,
 * `returnTo`, `translations`, `onSuccess`, `onNavigate`, …) and the component's own.
 */
export interface OryFlowProps extends Omit<RenderOptions, "flowType"> {
  /** The flow to start (or to load, from `flowId` or the page URL's `?flow=`). */
  type: FlowType;
  /** The flow could not be started (network, a bad option): replaces the default message. */
  onError?: (error: OryError) => void;
  /** Of the `<div>` the flow is rendered into. */
  className?: string;
  /** Of the `<div>` the flow is rendered into. */
  style?: CSSProperties;
  /** Of the `<div>` the flow is rendered into. */
  id?: string;
}

/**
 * `ory-wasm/react`: starts (or loads) a flow and renders it with the SDK's renderer. A change of
 * `type` or of an option's value starts the flow anew; the callbacks may change on every render.
 * Unmounting destroys the view; a start overtaken by an unmount or a change renders nothing.
 */
export declare function OryFlow(props: OryFlowProps): ReactElement;

/** `ory-wasm/react`: makes `store` the one {@link useSession} and {@link useSessionStore} read below. */
export declare function OrySessionProvider(props: { store: SessionStore; children?: ReactNode }): ReactElement;

/**
 * `ory-wasm/react`: the session of `store` (default: the {@link OrySessionProvider}'s) —
 * `undefined` until the store's first answer, then the session or `null`; the component renders
 * again when it changes (useSyncExternalStore).
 */
export declare function useSession(store?: SessionStore): Session | null | undefined;

/** `ory-wasm/react`: the store of the nearest {@link OrySessionProvider} (e.g. for `logout()`). */
export declare function useSessionStore(): SessionStore;
