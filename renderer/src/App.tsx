export function App() {
  return (
    <main>
      <h1>IPWatch</h1>
      <p>UI arrives with the UI issue.</p>
    </main>
  );
}
