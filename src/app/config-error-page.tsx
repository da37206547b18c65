// The full-page message for a configuration (or start-up) failure: never a blank page.
import type { ConfigProblem } from '@/config/load-config';

export function ConfigErrorPage({ problem }: { problem: ConfigProblem }) {
  return (
    <main className="config-error" role="alert" aria-labelledby="config-error-title">
      <h1 id="config-error-title">The dashboard cannot start: its configuration needs attention</h1>
      <dl>
        <dt>File</dt>
        <dd>
          <code>{problem.file}</code>
        </dd>
        {problem.key && (
          <>
            <dt>Key</dt>
            <dd>
              <code>{problem.key}</code>
            </dd>
          </>
        )}
        <dt>Problem</dt>
        <dd>{problem.problem}</dd>
      </dl>
      <p>
        Fix the file on the web server (no rebuild is needed) and reload this page. Every key, its
        type and its default are described in the README under “Configuration”.
      </p>
      <button type="button" className="button" onClick={() => location.reload()}>
        Reload
      </button>
    </main>
  );
}
