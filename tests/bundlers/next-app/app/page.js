// A server component that imports the package (the build must not break on it), rendering the
// client component that calls Kratos from the browser.
import { Configuration } from "ory-wasm";
import Who from "./who.js";

export default function Page() {
  return (
    <main>
      <p id="server">{typeof Configuration}</p>
      <Who />
    </main>
  );
}
