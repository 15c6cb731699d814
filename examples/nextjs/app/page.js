export default function Home() {
  return (
    <>
      <h1>ory-wasm × Next.js</h1>
      <p>
        <a href="/account">Your account</a> is for signed-in visitors only. <a href="/login">Sign in</a> or{" "}
        <a href="/registration">create an account</a>.
      </p>
    </>
  );
}
