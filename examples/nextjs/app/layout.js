import "ory-wasm/ory-wasm.css";

export const metadata = { title: "ory-wasm × Next.js" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <head>
        <link rel="icon" href="data:," />
      </head>
      <body>
        <nav>
          <a href="/">Home</a> · <a href="/account">Account</a>
        </nav>
        <main>{children}</main>
      </body>
    </html>
  );
}
