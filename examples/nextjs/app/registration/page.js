import Flow from "../flow.js";

export default function Registration() {
  return (
    <>
      <h1>Create an account</h1>
      <Flow type="registration" />
      <p>
        Already have an account? <a href="/login">Sign in</a>
      </p>
    </>
  );
}
