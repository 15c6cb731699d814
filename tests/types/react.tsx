// Strict type test of the `ory-wasm/react` declarations (js/react.d.ts), in JSX as an app writes
// it. Type-check only, never run: `npx tsc -p tests/types`.
import { useState, type ReactElement } from "react";
import { Configuration, FrontendApi, OryError, type Flow, type Session } from "ory-wasm";
import { OryFlow, OrySessionProvider, useSession, useSessionStore, type OryFlowProps } from "ory-wasm/react";
import { createSessionStore } from "ory-wasm/session";

const ory = new FrontendApi(new Configuration({ basePath: "https://auth.example.com" }));
const store = createSessionStore(ory);

function Login(): ReactElement {
  const [flowId, setFlowId] = useState<string | undefined>();
  return (
    <OryFlow
      type="login"
      basePath="https://auth.example.com"
      flowId={flowId}
      returnTo="/"
      translations={{ 4000006: "Falsche Zugangsdaten." }}
      groups={["password"]}
      className="login"
      onSuccess={({ session }) => void session?.identity?.id}
      onError={(error) => void (error instanceof OryError && error.kind)}
      onNavigate={(url) => void url.length}
      onFlow={(flow: Flow) => setFlowId(flow.id)}
    />
  );
}

function Badge(): ReactElement {
  const session: Session | null | undefined = useSession();
  const own = useSession(store);
  const { logout } = useSessionStore();
  if (session === undefined) return <p>…</p>;
  return <button onClick={() => void logout({ returnTo: "/" })}>{session?.identity?.id ?? own?.id ?? "signed out"}</button>;
}

export const app = (
  <OrySessionProvider store={store}>
    <Login />
    <Badge />
  </OrySessionProvider>
);

// @ts-expect-error: not a flow type
export const wrongType = <OryFlow type="signin" />;
// @ts-expect-error: the type is required
export const noType = <OryFlow basePath="/" />;
// @ts-expect-error: not a callback of the renderer
export const typo: OryFlowProps = { type: "login", onSucess: () => {} };
// @ts-expect-error: the provider needs a store
export const noStore = <OrySessionProvider>{null}</OrySessionProvider>;
