// The Next.js app of tests/bundlers (App Router): a root layout, a server component page that
// imports the package, and a client component that makes the call.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <head>
        <link rel="icon" href="data:," />
      </head>
      <body>{children}</body>
    </html>
  );
}
