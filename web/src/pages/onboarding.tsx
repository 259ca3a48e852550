// A new workspace's first steps, one at a time: brand and currency, site domains, the store (webhook
// URL, secret, waiting for the first delivery), currency rates, then importing creators.
import { useState } from 'react';
import type { MeBody } from '../lib/api.ts';
import { Link } from '../lib/router.tsx';
import { StoresSettings } from './settings/stores.tsx';
import { BrandForm, DomainsForm, RatesForm } from './settings/workspace.tsx';

const STEPS = ['Brand', 'Site domains', 'Store', 'Currency rates', 'Creators'] as const;

export function OnboardingPage({ me, reloadMe }: { me: MeBody; reloadMe: () => void }) {
  const [step, setStep] = useState(0);
  return (
    <div className="onboarding">
      <h1>Set up {me.workspace.name}</h1>
      <ol className="steps">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === step ? 'step' : undefined}>
            <button type="button" className="link-button" onClick={() => setStep(i)}>
              {i + 1}. {s}
            </button>
          </li>
        ))}
      </ol>
      <section aria-label={STEPS[step]}>
        {step === 0 && (
          <BrandForm
            me={me}
            onSaved={() => {
              reloadMe();
              setStep(1);
            }}
          />
        )}
        {step === 1 && <DomainsForm onSaved={() => setStep(2)} />}
        {step === 2 && <StoresSettings me={me} />}
        {step === 3 && <RatesForm me={me} />}
        {step === 4 && (
          <div className="card narrow">
            <h2>Bring your creators</h2>
            <p>
              Upload a CSV of creators (exports of other tools work: headers and numbers are read flexibly) on the{' '}
              <Link to="/imports">Imports page</Link>, then find more on <Link to="/discover">Discover</Link>.
            </p>
            <p>
              Invite colleagues under <Link to="/settings/members">Settings → Members</Link>.
            </p>
          </div>
        )}
      </section>
      <div className="actions">
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        {step < STEPS.length - 1 ? (
          <button type="button" className="primary" onClick={() => setStep(step + 1)}>
            Next: {STEPS[step + 1]}
          </button>
        ) : (
          <Link to="/imports" className="button primary">
            Finish: import creators
          </Link>
        )}
        <Link to="/discover" className="button">
          Skip for now
        </Link>
      </div>
    </div>
  );
}
