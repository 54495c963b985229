import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>JSS Guard options</h1>
      <p>Thresholds, hints and your data will be set here.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
