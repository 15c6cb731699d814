import Flow from "../flow.js";

export default function Login() {
  return (
    <>
      <h1>Sign in</h1>
      <Flow type="login" />
      <p>
        <a href="/registration">Create an account</a>
      </p>
    </>
  );
}
